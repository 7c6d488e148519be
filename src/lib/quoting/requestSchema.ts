import { z } from 'zod';

import { AMOUNT, MAX_TRANSFERS } from './amountCode';

export { MAX_TRANSFERS };
export const KEY = /^[a-z][a-z0-9_]*$/;
export const ID = /^[a-z0-9][a-z0-9._-]*$/;
export const COUNTRY = /^[A-Z]{2}$/;
export const CURRENCY = /^[A-Z]{3}$/;

const text = (re: RegExp, description: string, example: string) =>
	z
		.string()
		.regex(re)
		.meta({ description, examples: [example] });

/**
 * A quote request (`quote.md`); every field is a string but `transfersThisPeriod`, a JSON integer
 * (query parameters and options give it as digits: `fromText` reads them).
 */
export const requestSchema = z
	.strictObject({
		schedule: text(ID, 'Schedule id', 'wallet-standard'),
		version: text(
			ID,
			'Schedule version; default: the one in force at `at`',
			'2026-01-01'
		).optional(),
		at: z
			.string()
			.meta({
				description: 'ISO 8601 instant with offset; default: now',
				examples: ['2026-11-22T10:00:00Z']
			})
			.optional(),
		type: text(KEY, 'Transfer type key', 'transfer'),
		funding: text(KEY, 'Funding source key', 'debit_card'),
		payout: text(
			KEY,
			'Payout method key; default: the schedule’s first',
			'bank_account'
		).optional(),
		profile: text(KEY, 'Sender profile key; default: the schedule’s first', 'verified').optional(),
		speed: text(KEY, 'Delivery speed key; default: the schedule’s first', 'economy').optional(),
		sentThisPeriod: text(
			AMOUNT,
			'Already sent in the schedule’s usagePeriod, in the send currency; may be 0; default: 0',
			'800.00'
		).optional(),
		transfersThisPeriod: z
			.int()
			.min(0)
			.max(MAX_TRANSFERS)
			.meta({
				description: 'Transfers already made in the usagePeriod, 0 to 100000; default: 0',
				examples: [2]
			})
			.optional(),
		origin: text(
			COUNTRY,
			'ISO 3166-1 alpha-2; default: the schedule’s first origin',
			'US'
		).optional(),
		destination: text(COUNTRY, 'ISO 3166-1 alpha-2', 'MX'),
		currency: text(CURRENCY, 'ISO 4217 send currency', 'USD'),
		targetCurrency: text(CURRENCY, 'ISO 4217; default: the destination’s first', 'MXN').optional(),
		mode: z.enum(['send', 'pay', 'receive']).meta({ description: 'Which amount the user fixes' }),
		amount: text(AMOUNT, 'Decimal string > 0, at most 15 integer digits', '100.00'),
		locale: z
			.enum(['en', 'zh-CN'])
			.meta({ description: 'Language of names and messages; default: en' })
			.optional()
	})
	.meta({ title: 'QuoteRequest' });

export type QuoteRequest = z.infer<typeof requestSchema>;

/**
 * Request fields read from text (query parameters, command-line options): `transfersThisPeriod`
 * as a number when it is up to six digits, else left as text for the parser to reject.
 *
 * @example
 * fromText({ transfersThisPeriod: '2' }) // { transfersThisPeriod: 2 }
 */
export function fromText(fields: Record<string, string>): Record<string, unknown> {
	const n = fields.transfersThisPeriod;
	if (n === undefined || !/^[0-9]{1,6}$/.test(n)) return fields;
	return { ...fields, transfersThisPeriod: Number(n) };
}
