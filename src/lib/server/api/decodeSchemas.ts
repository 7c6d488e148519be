import { z } from 'zod';
import { rateTablesSchema, resultSchema } from '../../quoting';

// The decode endpoint's bodies (decode.md), for the OpenAPI description and the tests.

const amount = (description: string, example: string) =>
	z.string().meta({ description, examples: [example] });
const money = z.strictObject({ amount: z.string(), currency: z.string() });

export const decodeRequestSchema = z
	.strictObject({
		sent: amount(
			'What left the sender’s account, before the fee (quote.md amount rules)',
			'1000.00'
		),
		sentCurrency: z.string().meta({ description: 'ISO 4217', examples: ['USD'] }),
		received: amount('What the recipient got, in receivedCurrency', '16950.00'),
		receivedCurrency: z
			.string()
			.meta({ description: 'ISO 4217; differs from sentCurrency', examples: ['MXN'] }),
		fee: amount(
			'The fee on the receipt, in sentCurrency; zero allowed; default "0"',
			'5.00'
		).optional(),
		date: z.string().meta({
			description:
				'YYYY-MM-DD, read as the end of that day in UTC; or an ISO 8601 instant with an offset',
			examples: ['2026-03-16']
		}),
		destination: z
			.string()
			.meta({ description: 'ISO 3166-1 alpha-2; without it nothing is compared', examples: ['MX'] })
			.optional(),
		source: z
			.string()
			.meta({ description: 'Rate source; default: ecb when present, else the only one' })
			.optional(),
		locale: z
			.enum(['en', 'zh-CN'])
			.meta({ description: 'Language of messages; default: en' })
			.optional()
	})
	.meta({ title: 'DecodeRequest' });

export const decodeResultSchema = z
	.strictObject({
		reference: z.strictObject({
			source: z.string(),
			asOf: z.string().meta({
				description:
					"When the pair's older rate was published: the snapshot in force at the date, or for a source of tables (nbp) the older of the two tables"
			}),
			tables: rateTablesSchema,
			mid: z
				.string()
				.meta({ description: 'sentCurrency to receivedCurrency, 34 significant digits' })
		}),
		effectiveRate: z.string().meta({ description: 'received / sent, 34 significant digits' }),
		marginPercent: z
			.string()
			.meta({ description: 'The mark-up hidden in the rate; negative when better' }),
		allInMarkupPercent: z.string(),
		cost: z.strictObject({ fx: money, fee: money, total: money, percent: z.string() }),
		instead: z
			.array(
				z.strictObject({
					schedule: z.string(),
					version: z.string(),
					type: z.string(),
					funding: z.string(),
					payout: z.string().nullable(),
					total: money,
					saving: money.meta({
						description: '(sent + fee) − total; negative: the receipt was cheaper'
					}),
					quote: resultSchema
				})
			)
			.meta({
				description: 'Per schedule, its cheapest way to deliver `received`; cheapest first'
			}),
		notices: z.array(
			z.strictObject({
				code: z.string(),
				severity: z.enum(['block', 'warn', 'info']),
				message: z.string()
			})
		)
	})
	.meta({ title: 'DecodeResult' });
