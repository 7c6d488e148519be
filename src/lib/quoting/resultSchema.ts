import { z } from 'zod';

// The shape of `QuoteResult` (engine/types.ts), for the OpenAPI description and for tests that
// hold real results to it. Strict at every depth: a field the engine adds must be added here.

const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;
const decimal = (description: string) => z.string().regex(DECIMAL).meta({ description });
const currency = z.string().regex(/^[A-Z]{3}$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const money = z.strictObject({ amount: decimal('Exactly the currency’s minor digits'), currency });

const explain = z.strictObject({
	allowance: z
		.strictObject({
			remaining: decimal('The allowance left before this transfer'),
			covered: decimal('The part of the base it covered')
		})
		.nullable()
		.optional()
		.meta({ description: 'Present (null or set) when the schedule uses allowances' }),
	base: decimal('The amount the percent applies to (after any allowance)'),
	percent: z.string().nullable(),
	fixed: z.string().nullable(),
	tier: z
		.strictObject({
			basis: z.literal('period').optional(),
			mode: z.enum(['volume', 'graduated']),
			index: z.number().int()
		})
		.nullable(),
	raw: decimal('The value before min / max, at most 34 significant digits'),
	clamp: z.enum(['min', 'max']).nullable()
});

const line = z.strictObject({
	id: z.string(),
	category: z.enum(['fee', 'tax']),
	name: z.string(),
	amount: decimal('The line’s amount in `currency`'),
	currency,
	explain
});

const notice = z.strictObject({
	code: z.string().meta({ description: 'Stable snake_case code' }),
	severity: z.enum(['block', 'warn', 'info']),
	message: z.string(),
	help: z
		.strictObject({ text: z.string(), url: z.string().optional() })
		.optional()
		.meta({ description: 'The schedule’s help for this code, in the request’s locale' }),
	limit: z
		.strictObject({ id: z.string(), amount: z.string(), currency })
		.optional()
		.meta({ description: 'For below_minimum / above_maximum: the limit in the send currency' })
});

const resolvedRequest = z.strictObject({
	schedule: z.string(),
	version: z.string(),
	at: z.string(),
	type: z.string(),
	funding: z.string(),
	payout: z.string().nullable(),
	profile: z.string().nullable(),
	speed: z.string().optional().meta({ description: 'When the schedule declares speeds' }),
	sentThisPeriod: z
		.string()
		.optional()
		.meta({ description: 'When given or the schedule has a usagePeriod' }),
	transfersThisPeriod: z
		.number()
		.int()
		.optional()
		.meta({ description: 'When given or the schedule has a usagePeriod' }),
	origin: z.string(),
	destination: z.string(),
	currency,
	targetCurrency: currency.nullable(),
	mode: z.enum(['send', 'pay', 'receive']),
	amount: z.string(),
	locale: z.string()
});

/** The published tables of a pair's two rates, oldest first: quotes' `rates` and decodes' `reference`. */
export const rateTablesSchema = z
	.array(z.strictObject({ asOf: z.string(), table: z.string() }))
	.optional()
	.meta({
		description:
			"The published tables of the pair's two rates, oldest first (sources that publish tables, such as nbp)"
	});

/** A quote (`quote.md`, Result), exactly as `computeQuote` writes it. */
export const resultSchema = z
	.strictObject({
		id: sha256.meta({ description: 'SHA-256 of the canonical JSON of the rest' }),
		allowed: z.boolean(),
		mode: z.enum(['send', 'pay', 'receive']),
		request: resolvedRequest.meta({ description: 'The request with every default filled in' }),
		schedule: z.strictObject({ id: z.string(), version: z.string(), hash: sha256 }),
		rates: z
			.strictObject({
				source: z.string().meta({ description: 'The rate source the conversion was priced from' }),
				asOf: z.string().meta({
					description:
						"The older of the pair's two rates' publication instants: staleness is judged on it"
				}),
				tables: rateTablesSchema
			})
			.nullable(),
		scope: z.enum(['domestic', 'international']),
		principal: money.nullable(),
		senderLines: z.array(line),
		transferFees: money.nullable(),
		transferTaxes: money.nullable(),
		total: money.nullable(),
		exchangeRate: z
			.strictObject({
				mid: decimal('Mid-market rate, 34 significant digits'),
				rate: decimal('Rate applied, 34 significant digits'),
				marginPercent: decimal('Without trailing zeros')
			})
			.nullable(),
		converted: money.nullable(),
		recipientLines: z.array(line),
		received: money.nullable(),
		cost: z
			.strictObject({
				total: money,
				percent: decimal('Total cost as a percent of the principal, 2 decimals'),
				allInMarkupPercent: decimal('Mark-up over the reference rate, 2 decimals').nullable()
			})
			.nullable(),
		delivery: z
			.strictObject({ minHours: z.number().int().min(0), maxHours: z.number().int().min(0) })
			.nullable(),
		notices: z.array(notice)
	})
	.meta({ title: 'QuoteResult' });
