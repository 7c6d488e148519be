import { z } from 'zod';
import { AMOUNT, requestSchema } from '../../quoting';
import { LOCALES } from '../../words';

// The alert endpoints' bodies, for the OpenAPI description and the handlers' types; the alerts
// layer (above this one) checks what it is sent with parseAlert, and the tests hold the two together.

const money = (description: string) =>
	z
		.strictObject({
			amount: z
				.string()
				.regex(AMOUNT)
				.meta({ description: 'At most the currency’s minor digits', examples: ['8800.00'] }),
			currency: z.string().meta({ description: 'ISO 4217', examples: ['MXN'] })
		})
		.meta({ description });

export const alertConditionSchema = z
	.union([
		z.strictObject({
			recipientGetsAtLeast: money('In the currency the recipient gets (`received.currency`)')
		}),
		z.strictObject({
			totalCostAtMost: money('In the currency the cost is counted in (`cost.total.currency`)')
		}),
		z.strictObject({
			totalCostPercentAtMost: z
				.string()
				.regex(/^(100(\.0{1,2})?|[0-9]{1,2}(\.[0-9]{1,2})?)$/)
				.meta({ description: '`cost.percent`, 0 to 100, two places at most', examples: ['2.50'] })
		})
	])
	.meta({ title: 'AlertCondition', description: 'What the alert waits for: one condition' });

const webhook = z
	.strictObject({
		url: z.string().meta({
			description: 'https (loopback http only where the server allows it, in tests)',
			examples: ['https://hooks.example/feecalc']
		})
	})
	.meta({ description: 'Told by a signed POST (Feecalc-Signature, HMAC-SHA-256)' });

export const alertRequestSchema = z
	.strictObject({
		request: requestSchema.omit({ at: true }).meta({
			description: 'A quote request (quote.md) without `at`: it is priced each time it is checked'
		}),
		email: z
			.string()
			.max(254)
			.optional()
			.meta({
				description: 'Told by email; `email` or `webhook`, or both',
				examples: ['ana@example.com']
			}),
		webhook: webhook.optional(),
		locale: z.enum(LOCALES).optional().meta({ description: 'The messages’ language; default en' }),
		condition: alertConditionSchema
	})
	.meta({ title: 'AlertRequest' });

export const alertCreatedSchema = z
	.strictObject({
		status: z.literal('unconfirmed'),
		confirmation: z
			.strictObject({ email: z.string().nullable(), webhook: z.string().nullable() })
			.meta({ description: 'Where the confirmation link was sent' }),
		emailsSent: z
			.boolean()
			.meta({ description: 'false: this server writes emails to files, it sends none' }),
		webhookSecret: z
			.string()
			.optional()
			.meta({ description: 'With a webhook: the key its Feecalc-Signature is made with' })
	})
	.meta({ title: 'AlertCreated' });

export const alertViewSchema = z
	.strictObject({
		request: requestSchema.omit({ at: true }),
		condition: alertConditionSchema,
		email: z.string().nullable(),
		webhook: webhook.nullable(),
		locale: z.enum(LOCALES),
		status: z.enum(['unconfirmed', 'active', 'paused']),
		waiting: z
			.boolean()
			.meta({ description: 'false from a firing until the condition is false again' }),
		firings: z.int().min(0),
		createdAt: z.string().meta({ description: 'ISO 8601, UTC' }),
		lastFiredAt: z.string().nullable().meta({ description: 'ISO 8601, UTC; null before the first' })
	})
	.meta({ title: 'Alert', description: 'One alert, as its own signed link shows it' });

export const alertChangeSchema = z
	.strictObject({ status: z.enum(['paused', 'active']) })
	.meta({ title: 'AlertChange' });

export const unsubscribedSchema = z
	.strictObject({ unsubscribed: z.literal(true) })
	.meta({ title: 'Unsubscribed' });

export type AlertCreated = z.infer<typeof alertCreatedSchema>;
export type AlertView = z.infer<typeof alertViewSchema>;
