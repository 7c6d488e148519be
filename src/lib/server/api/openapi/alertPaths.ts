import { z } from 'zod';
import { LOCALES } from '../../../words';
import {
	alertChangeSchema,
	alertCreatedSchema,
	alertRequestSchema,
	alertViewSchema,
	unsubscribedSchema
} from '../alertSchemas';
import type { ApiOperation, ApiPath, ApiResponse } from './ApiPath';
import { badBody, issues } from './apiResponses';

const locale = z
	.enum(LOCALES)
	.optional()
	.meta({ description: 'The language of the issues’ messages; default en' });
const tokenQuery = (action: string) =>
	z.strictObject({
		token: z.string().meta({ description: `The signed ${action} link’s token` }),
		locale
	});

/** What a signed link that names no alert, or not any more, is answered with. */
const LINK: Record<string, ApiResponse> = {
	'403': issues('A forged token, or one made for another action (`invalid_link`)'),
	'404': issues(
		'The alert is gone: deleted, unsubscribed, or left unconfirmed 48 hours (`no_alert`)'
	),
	'410': issues('The link has expired (`expired_link`)')
};

const byToken = (
	method: ApiOperation['method'],
	operationId: string,
	summary: string,
	responses: Record<string, ApiResponse>,
	more: Partial<ApiOperation> = {}
): ApiOperation => ({
	method,
	operationId,
	summary,
	params: z.strictObject({
		token: z.string().meta({ description: 'The token of the manage link in every message' })
	}),
	query: z.strictObject({ locale }),
	responses: { ...responses, ...LINK },
	...more
});

/** The alert endpoints (issue 18): make one, confirm it, show, pause or delete it by its link. */
export const ALERT_PATHS: ApiPath[] = [
	{
		path: '/api/v1/alerts',
		operations: [
			{
				method: 'post',
				operationId: 'createAlert',
				summary: 'Ask to be told when a transfer gets better: an alert, kept unconfirmed',
				description:
					'The request is priced now; one that cannot be priced is refused. A confirmation link is sent to `email` (or POSTed to `webhook.url`); the alert is checked only once it is confirmed, and deleted after 48 hours if it is not.',
				body: alertRequestSchema,
				responses: {
					'202': { description: 'Kept; the confirmation is on its way', body: alertCreatedSchema },
					...badBody(16),
					'409': issues('The address already has 10 alerts (`too_many_alerts`)'),
					'429': issues('Too many alerts from this client this hour (`rate_limited`)')
				}
			}
		]
	},
	{
		path: '/api/v1/alerts/confirm',
		operations: [
			{
				method: 'post',
				operationId: 'confirmAlert',
				summary: 'Confirm an alert (double opt-in): the confirmation link’s action',
				description:
					'A POST, so that mail scanners opening the link confirm nothing. Confirming again changes nothing.',
				query: tokenQuery('confirmation'),
				responses: { '200': { description: 'The alert, active', body: alertViewSchema }, ...LINK }
			}
		]
	},
	{
		path: '/api/v1/alerts/unsubscribe',
		operations: [
			{
				method: 'post',
				operationId: 'unsubscribeAlert',
				summary: 'One-click unsubscribe (RFC 8058): deletes the alert',
				description:
					'The address of every message’s `List-Unsubscribe`, with `List-Unsubscribe-Post: List-Unsubscribe=One-Click`; the body a mail client sends is not read.',
				query: tokenQuery('manage'),
				responses: { '200': { description: 'Deleted', body: unsubscribedSchema }, ...LINK }
			}
		]
	},
	{
		path: '/api/v1/alerts/{token}',
		operations: [
			byToken('get', 'getAlert', 'An alert, as its own signed link shows it', {
				'200': { description: 'The alert; nothing of any other', body: alertViewSchema }
			}),
			byToken(
				'patch',
				'changeAlert',
				'Pause or resume an alert',
				{
					'200': { description: 'The alert with its new status', body: alertViewSchema },
					...badBody(16),
					'409': issues('The alert is not confirmed yet: confirm it first')
				},
				{ body: alertChangeSchema }
			),
			byToken('delete', 'deleteAlert', 'Delete an alert', {
				'204': { description: 'Deleted' }
			})
		]
	}
];
