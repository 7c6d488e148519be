import { describe, expect, it } from 'vitest';
import {
	computeQuote,
	type Component,
	type Condition,
	type RateSnapshot,
	type ResolvedRequest,
	type Schedule
} from '$lib/engine';
import { noticeMessage } from '$lib/words';
import { scheduleSchema } from '$lib/schedules';

// EUR base: mid USD→EUR = 1 / 1.25 = 0.8, USD→JPY = 160 / 1.25 = 128, USD→GBP = 0.8 / 1.25 = 0.64.
// So {USD: '100'} reads as 80 EUR and 12800 JPY; {USD: '200'} as 160 EUR and 25600 JPY.
const SNAPSHOT: RateSnapshot = {
	source: 'test',
	base: 'EUR',
	asOf: '2026-03-13T16:00:00+01:00',
	rates: { USD: '1.25', JPY: '160', GBP: '0.8' }
};

const fee = (id: string, when: Condition): Component => ({
	id,
	name: { en: id },
	when,
	fixed: { USD: '1.00' }
});

const FEES: Component[] = [
	fee('gte', { amount: { gte: { USD: '100' } } }),
	fee('gt', { amount: { gt: { USD: '100' } } }),
	fee('lte', { amount: { lte: { USD: '100' } } }),
	fee('lt', { amount: { lt: { USD: '100' } } }),
	// [100, 200) in USD: a band written with two bounds.
	fee('band', { amount: { gte: { USD: '100' }, lt: { USD: '200' } } }),
	// An own JPY entry is read as it is, not through the rate.
	fee('own-jpy', { amount: { gte: { USD: '100', JPY: '15000' } } }),
	// 10.01 USD is 6.4064 GBP, unrounded: 6.41 is above it, 6.40 is not.
	fee('gbp-gt', { currency: 'GBP', amount: { gt: { USD: '10.01' } } })
];

const SCHEDULE: Schedule = {
	schemaVersion: 1,
	id: 'amount-conditions',
	version: '1',
	effectiveFrom: '2026-01-01T00:00:00Z',
	name: { en: 'Amount conditions' },
	baseCurrency: 'USD',
	origins: ['US'],
	types: { transfer: { name: { en: 'Transfer' } } },
	funding: { balance: { name: { en: 'Balance' } } },
	currencies: ['USD', 'EUR', 'JPY', 'GBP'],
	destinations: { US: { currencies: ['USD'] } },
	fees: FEES,
	fx: [
		{ when: { amount: { gte: { USD: '1000' } } }, marginPercent: '0.5' },
		{ when: {}, marginPercent: '1' }
	]
};

function request(currency: string, amount: string): ResolvedRequest {
	return {
		schedule: SCHEDULE.id,
		version: SCHEDULE.version,
		at: '2026-04-01T00:00:00Z',
		type: 'transfer',
		funding: 'balance',
		payout: null,
		profile: null,
		origin: 'US',
		destination: 'US',
		currency,
		targetCurrency: 'USD',
		mode: 'send',
		amount,
		locale: 'en'
	};
}

function quoteOf(schedule: Schedule, currency: string, amount: string) {
	const q = computeQuote(
		{
			schedule,
			hash: '0'.repeat(64),
			snapshot: SNAPSHOT,
			request: request(currency, amount)
		},
		{ words: noticeMessage }
	);
	expect(q.notices.filter((n) => n.severity === 'block')).toEqual([]);
	return q;
}

const ids = (currency: string, amount: string, schedule = SCHEDULE) =>
	quoteOf(schedule, currency, amount)
		.senderLines.map((l) => l.id)
		.sort();

type Row = [amount: string, applies: string[]];

const USD: Row[] = [
	['0.01', ['lt', 'lte']],
	['99.99', ['lt', 'lte']],
	['100', ['band', 'gte', 'lte', 'own-jpy']],
	['100.00', ['band', 'gte', 'lte', 'own-jpy']],
	['100.01', ['band', 'gt', 'gte', 'own-jpy']],
	['199.99', ['band', 'gt', 'gte', 'own-jpy']],
	['200', ['gt', 'gte', 'own-jpy']],
	['200.01', ['gt', 'gte', 'own-jpy']]
];

const EUR: Row[] = [
	['79.99', ['lt', 'lte']],
	['80', ['band', 'gte', 'lte', 'own-jpy']],
	['80.01', ['band', 'gt', 'gte', 'own-jpy']],
	['159.99', ['band', 'gt', 'gte', 'own-jpy']],
	['160', ['gt', 'gte', 'own-jpy']]
];

const JPY: Row[] = [
	['12799', ['lt', 'lte']],
	['12800', ['band', 'gte', 'lte']],
	['12801', ['band', 'gt', 'gte']],
	['14999', ['band', 'gt', 'gte']],
	['15000', ['band', 'gt', 'gte', 'own-jpy']],
	['25599', ['band', 'gt', 'gte', 'own-jpy']],
	['25600', ['gt', 'gte', 'own-jpy']]
];

const GBP: Row[] = [
	['6.40', ['lt', 'lte']],
	['6.41', ['gbp-gt', 'lt', 'lte']],
	['63.99', ['gbp-gt', 'lt', 'lte']],
	['64', ['band', 'gbp-gt', 'gte', 'lte', 'own-jpy']],
	['64.01', ['band', 'gbp-gt', 'gt', 'gte', 'own-jpy']],
	['128', ['gbp-gt', 'gt', 'gte', 'own-jpy']]
];

describe('amount conditions', () => {
	it('uses a schedule that the schema accepts', () => {
		expect(scheduleSchema.safeParse(SCHEDULE).success).toBe(true);
	});

	it.each(USD)('applies to %s USD exactly the components %j', (amount, applies) => {
		expect(ids('USD', amount)).toEqual(applies);
	});

	it.each(EUR)(
		'applies to %s EUR (USD bounds read at the mid rate) exactly %j',
		(amount, applies) => {
			expect(ids('EUR', amount)).toEqual(applies);
		}
	);

	it.each(JPY)('applies to %s JPY (own entry or mid rate) exactly %j', (amount, applies) => {
		expect(ids('JPY', amount)).toEqual(applies);
	});

	it.each(GBP)('applies to %s GBP (bounds read unrounded) exactly %j', (amount, applies) => {
		expect(ids('GBP', amount)).toEqual(applies);
	});

	it.each([
		['799.99', 'EUR', '1'],
		['800', 'EUR', '0.5'],
		['127999', 'JPY', '1'],
		['128000', 'JPY', '0.5']
	])('picks the fx margin for %s %s by amount: %s %%', (amount, currency, margin) => {
		expect(quoteOf(SCHEDULE, currency, amount).exchangeRate?.marginPercent).toBe(margin);
	});

	it('charges each line it applies in the send currency (1.00 USD read at the mid rate)', () => {
		const q = quoteOf(SCHEDULE, 'EUR', '80');
		expect(q.senderLines.map((l) => [l.id, l.amount, l.currency])).toEqual([
			['gte', '0.80', 'EUR'],
			['lte', '0.80', 'EUR'],
			['band', '0.80', 'EUR'],
			['own-jpy', '0.80', 'EUR']
		]);
		expect(q.total).toEqual({ amount: '83.20', currency: 'EUR' });
	});

	it('does not mutate the schedule', () => {
		const copy = structuredClone(SCHEDULE);
		for (const [amount] of USD) quoteOf(SCHEDULE, 'USD', amount);
		expect(SCHEDULE).toEqual(copy);
	});

	// schedule-format.md (Conditions): "Object-valued keys (amount, …) take an array too, meaning
	// any of them." An array of bounds applies where any one of them holds.
	const anyOf = {
		...SCHEDULE,
		fees: [
			fee('outside', {
				amount: [{ lt: { USD: '50' } }, { gte: { USD: '150' } }]
			})
		]
	} satisfies Schedule;

	// Only the amounts outside both ranges tell the two behaviours apart.
	it.each([
		['50', 'USD'],
		['100', 'USD'],
		['149.99', 'USD'],
		['40', 'EUR'],
		['119.99', 'EUR']
	])('applies no fee of an array of amount conditions (any of) to %s %s', (amount, currency) => {
		expect(ids(currency, amount, anyOf)).toEqual([]);
	});

	it.each([
		['49.99', 'USD'],
		['150', 'USD'],
		['39.99', 'EUR'],
		['120', 'EUR']
	])('applies the fee of an array of amount conditions to %s %s', (amount, currency) => {
		expect(ids(currency, amount, anyOf)).toEqual(['outside']);
	});

	it('accepts an array of amount conditions in the schema', () => {
		expect(scheduleSchema.safeParse(anyOf).success).toBe(true);
	});
});
