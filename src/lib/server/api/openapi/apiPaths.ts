import { z } from 'zod';
import { requestSchema, resultSchema } from '../../../quoting';
import { scheduleSchema } from '../../../schedules';
import {
	alternativesSchema,
	compareRequestSchema,
	comparisonSchema,
	confirmationSchema,
	confirmRefusalSchema,
	healthSchema,
	pricingSchema,
	ratesAnswerSchema,
	scheduleListSchema,
	verificationSchema,
	verifyRequestSchema
} from '../apiSchemas';
import { decodeRequestSchema, decodeResultSchema } from '../decodeSchemas';
import { ALERT_PATHS } from './alertPaths';
import type { ApiPath } from './ApiPath';
import { badBody, issues } from './apiResponses';

// The endpoints that take no query parameters refuse any (`unknown_parameter`).
const NO_PARAMETERS = issues('A query parameter: this endpoint takes none (`unknown_parameter`)');
const hintsParam = z
	.enum(['1', 'true'])
	.optional()
	.meta({ description: 'Add `hints`: cheaper requests nearby, outside the hashed quote' });
const hintSchema = z
	.strictObject({
		code: z.enum(['wait_for_window', 'send_less']),
		until: z.string().optional().meta({ description: 'wait_for_window: the instant, UTC' }),
		timeZone: z.string().optional().meta({ description: 'wait_for_window: the window’s zone' }),
		amount: z
			.strictObject({ amount: z.string(), currency: z.string() })
			.optional()
			.meta({ description: 'send_less: the principal to send instead' }),
		givenUp: z
			.strictObject({ amount: z.string(), currency: z.string() })
			.optional()
			.meta({ description: 'send_less: how much less is sent' }),
		cost: z
			.strictObject({ amount: z.string(), currency: z.string() })
			.meta({ description: 'The total cost (`cost.total`) of the cheaper request' }),
		saving: z.strictObject({ amount: z.string(), currency: z.string() }).meta({
			description:
				'send_less: how much the total cost falls. wait_for_window: what waiting saves, exactly: what the sender pays less and, in send and pay modes, what the recipient gets more at the mid rate'
		})
	})
	.meta({ title: 'Hint' });
const hintedResult = resultSchema
	.extend({
		hints: z
			.array(hintSchema)
			.optional()
			.meta({ description: 'With ?hints=1 only; not covered by `id`' })
	})
	.meta({ title: 'QuoteResultWithHints' });
const CACHED = {
	'cache-control':
		'`public, max-age=N`: until the answer can change, at most a day, and at most 300 s while the server reloads its rules',
	etag: '`"<quote id>.<rules version>"`: changes when the rules being served change'
};

/**
 * Every path of the OpenAPI description, in order. New endpoints (`compare`, `alternatives`, the alerts)
 * add an entry here (or a file of entries) and their body schemas to `API_COMPONENTS`.
 */
export const API_PATHS: ApiPath[] = [
	{
		path: '/api/v1/quote',
		operations: [
			{
				method: 'get',
				operationId: 'getQuote',
				summary: 'Price a request given as query parameters',
				description:
					'The same as POST, cacheable. A repeated parameter is an issue. Send `If-None-Match` with a quote id to get 304 while it still holds.',
				query: requestSchema.extend({ hints: hintsParam }),
				responses: {
					'200': {
						description: 'The quote, allowed or blocked (with `hints` when asked)',
						body: hintedResult,
						headers: CACHED
					},
					'304': { description: 'The quote id matched If-None-Match', headers: CACHED },
					'400': issues('Malformed request, unknown schedule or version, or not yet in force')
				}
			},
			{
				method: 'post',
				operationId: 'postQuote',
				summary: 'Price a request',
				query: z.object({ hints: hintsParam }),
				body: requestSchema,
				responses: {
					'200': {
						description: 'The quote, allowed or blocked (`no-store`; with `hints` when asked)',
						body: hintedResult
					},
					...badBody(16)
				}
			}
		]
	},
	{
		path: '/api/v1/schedules',
		operations: [
			{
				method: 'get',
				operationId: 'listSchedules',
				summary: 'Every schedule with its versions and their status now',
				responses: {
					'200': { description: 'The schedules', body: scheduleListSchema },
					'400': NO_PARAMETERS
				}
			}
		]
	},
	{
		path: '/api/v1/schedules/{id}/{version}',
		operations: [
			{
				method: 'get',
				operationId: 'getScheduleFile',
				summary: 'A schedule file as published; its SHA-256 is the `schedule.hash` of quotes',
				params: z.strictObject({
					id: z.string().meta({ description: 'Schedule id' }),
					version: z.string().meta({ description: 'Schedule version' })
				}),
				responses: {
					'200': {
						description: 'The file',
						body: scheduleSchema,
						headers: { etag: 'The file’s SHA-256, quoted' }
					},
					'304': { description: 'The file’s hash matched If-None-Match' },
					'404': issues('No such schedule or version')
				}
			}
		]
	},
	{
		path: '/api/v1/rates',
		operations: [
			{
				method: 'get',
				operationId: 'getRates',
				summary: 'The rate snapshot in force',
				query: z.strictObject({
					source: z
						.string()
						.meta({ description: 'Rate source; may be left out when there is one' })
						.optional(),
					at: z.string().meta({ description: 'ISO 8601 instant; default: now' }).optional()
				}),
				responses: {
					'200': {
						description: 'The snapshot in force, and how current each source is',
						body: ratesAnswerSchema
					},
					'400': issues('Bad `at`, an unknown parameter, or several sources and none named'),
					'404': issues('No such source, or no snapshot yet at `at`')
				}
			}
		]
	},
	{
		path: '/api/v1/pricing',
		operations: [
			{
				method: 'get',
				operationId: 'getPricing',
				summary: 'A schedule version and its rates, to price in the browser (the widget)',
				description:
					'The version in force at `at`, its SHA-256 and the rate snapshot it is priced with, in one answer.',
				query: z.strictObject({
					schedule: z.string().meta({ description: 'Schedule id' }),
					at: z.string().meta({ description: 'ISO 8601 instant; default: now' }).optional()
				}),
				responses: {
					'200': { description: 'The schedule and its rates', body: pricingSchema },
					'400': issues('No `schedule`, a bad `at`, or an unknown parameter'),
					'404': issues('No such schedule, or none in force at `at`')
				}
			}
		]
	},
	{
		path: '/api/v1/decode',
		operations: [
			{
				method: 'get',
				operationId: 'getDecode',
				summary: 'Decode a transfer receipt given as query parameters',
				description:
					'What the transfer really cost against the reference rate of its date, and what each schedule here would have charged to deliver the same amount (with `destination`).',
				query: decodeRequestSchema,
				responses: {
					'200': { description: 'The decoded receipt', body: decodeResultSchema },
					'400': issues(
						'A malformed field, equal currencies, or no reference rate for the pair at the date (`no_reference_rate`)'
					)
				}
			},
			{
				method: 'post',
				operationId: 'postDecode',
				summary: 'Decode a transfer receipt',
				body: decodeRequestSchema,
				responses: {
					'200': { description: 'The decoded receipt', body: decodeResultSchema },
					...badBody(16)
				}
			}
		]
	},
	{
		path: '/api/v1/health',
		operations: [
			{
				method: 'get',
				operationId: 'health',
				summary:
					'Liveness, and which rules are served: their version, counts, the last refused reload',
				responses: { '200': { description: 'Alive', body: healthSchema }, '400': NO_PARAMETERS }
			}
		]
	},
	{
		path: '/api/v1/quotes/confirm',
		operations: [
			{
				method: 'post',
				operationId: 'confirmQuote',
				summary: 'Price a request now and sign the quote for 30 minutes',
				description:
					'Any `at` in the request is ignored: a confirmed quote is priced at the current instant. A `version` must be the one in force now.',
				body: requestSchema,
				responses: {
					'200': { description: 'The quote and its token', body: confirmationSchema },
					...badBody(16),
					'422': {
						description: 'The quote is blocked: its block notices as issues',
						body: confirmRefusalSchema
					}
				}
			}
		]
	},
	{
		path: '/api/v1/quotes/verify',
		operations: [
			{
				method: 'post',
				operationId: 'verifyQuote',
				summary: 'Check a confirmation token',
				body: verifyRequestSchema,
				responses: {
					'200': { description: 'Valid with its quote, or why not', body: verificationSchema },
					...badBody(64)
				}
			}
		]
	},
	{
		path: '/api/v1/compare',
		operations: [
			{
				method: 'post',
				operationId: 'compare',
				summary: 'One quote per combination of the varied keys, cheapest cost.total first',
				description:
					'Blocked options follow the allowed ones. Costs in other send currencies are converted at the mid rate for ranking. Varying `destination` drops `targetCurrency`; varying `schedule` drops `version`.',
				body: compareRequestSchema,
				responses: {
					'200': { description: 'The ranked quotes', body: comparisonSchema },
					...badBody(16)
				}
			}
		]
	},
	{
		path: '/api/v1/alternatives',
		operations: [
			{
				method: 'post',
				operationId: 'alternatives',
				summary: 'For a blocked request, the nearest allowed ones, each priced',
				body: requestSchema,
				responses: {
					'200': { description: 'Allowed alternatives, cheapest first', body: alternativesSchema },
					...badBody(16)
				}
			}
		]
	},
	...ALERT_PATHS,
	{
		path: '/api/v1/openapi.json',
		operations: [
			{
				method: 'get',
				operationId: 'openapi',
				summary: 'This description',
				responses: { '200': { description: 'OpenAPI 3.1' }, '400': NO_PARAMETERS }
			}
		]
	}
];
