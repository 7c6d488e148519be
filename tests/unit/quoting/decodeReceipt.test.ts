import { describe, expect, it } from 'vitest';
import { decodeReceipt, quote, type DecodeResult } from '$lib/quoting';
import { loadRules } from '$lib/server';
import { PROJECT_ROOT } from '../../_lib/projectRoot';
import { decodeRules, schedule, SNAPSHOT } from './_lib/decodeRules';
import { join } from 'node:path';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const RULES = decodeRules([schedule('dear', '5.00', '2'), schedule('cheap', '1.00', '1')]);
const RECEIPT = {
	sent: '100.00',
	sentCurrency: 'USD',
	received: '1900.00',
	receivedCurrency: 'MXN',
	fee: '2.50',
	date: '2026-03-16'
};

function decoded(input: Record<string, unknown>, rules = RULES): DecodeResult {
	const out = decodeReceipt(rules, input, { now: NOW });
	if (!out.ok) throw new Error(JSON.stringify(out.issues));
	return out.result;
}

function codes(input: unknown, rules = RULES, now = NOW): string[] {
	const out = decodeReceipt(rules, input, { now });
	return out.ok ? [] : out.issues.map((i) => `${i.path.join('.')}:${i.code}`);
}

describe('decodeReceipt', () => {
	it('decodes the example of decode.md with the shipped rules exactly', () => {
		const rules = loadRules(join(PROJECT_ROOT, 'rules'));
		const r = decoded(
			{
				sent: '1000.00',
				sentCurrency: 'USD',
				received: '16950.00',
				receivedCurrency: 'MXN',
				fee: '5.00',
				date: '2026-03-16',
				destination: 'MX',
				locale: 'en'
			},
			rules
		);
		expect(r.reference).toEqual({
			source: 'ecb',
			asOf: '2026-03-13T16:00:00+01:00',
			mid: '17.82127919135587312652492157546183'
		});
		expect(r.effectiveRate).toBe('16.95');
		expect(r.marginPercent).toBe('4.89');
		expect(r.allInMarkupPercent).toBe('5.67');
		expect(r.cost).toEqual({
			fx: { amount: '48.89', currency: 'USD' },
			fee: { amount: '5.00', currency: 'USD' },
			total: { amount: '53.89', currency: 'USD' },
			percent: '5.39'
		});
		expect(r.notices).toEqual([]);
		expect(r.instead.map((i) => i.schedule)).toContain('wallet-standard');
	});

	it('works out figures checked by hand (mid 20, rate 19, fee 2.50)', () => {
		const r = decoded(RECEIPT);
		expect(r.reference.mid).toBe('20');
		expect(r.effectiveRate).toBe('19');
		expect(r.marginPercent).toBe('5.00');
		// ((100 + 2.5) × 20 / 1900 − 1) × 100 = 7.8947…
		expect(r.allInMarkupPercent).toBe('7.89');
		expect(r.cost).toEqual({
			fx: { amount: '5.00', currency: 'USD' },
			fee: { amount: '2.50', currency: 'USD' },
			total: { amount: '7.50', currency: 'USD' },
			percent: '7.50'
		});
		expect(r.instead).toEqual([]);
	});

	it('rounds half-up from the unrounded values (0.025 → 0.03)', () => {
		const r = decoded({ ...RECEIPT, sent: '200.00', received: '3999.00', fee: undefined });
		expect(r.effectiveRate).toBe('19.995');
		expect(r.marginPercent).toBe('0.03');
		expect(r.cost.fx.amount).toBe('0.05');
		expect(r.cost.fee.amount).toBe('0.00');
		expect(r.cost.percent).toBe('0.03');
	});

	it('gives negative figures when the rate was better than the reference, never -0.00', () => {
		const better = decoded({ ...RECEIPT, received: '2100.00', fee: '0' });
		expect(better.marginPercent).toBe('-5.00');
		expect(better.cost.fx.amount).toBe('-5.00');
		expect(better.cost.total.amount).toBe('-5.00');
		const exact = decoded({ ...RECEIPT, received: '2000.00', fee: '0' });
		expect(exact.marginPercent).toBe('0.00');
		expect(exact.cost.total.amount).toBe('0.00');
		expect(exact.allInMarkupPercent).toBe('0.00');
	});

	it('rounds costs to the minor unit of the sent currency (JPY: none)', () => {
		// 1 JPY = 1/6 MXN; 10000 JPY → 1600 MXN: fx = 10000 − 9600 = 400
		const r = decoded({
			...RECEIPT,
			sent: '10000',
			sentCurrency: 'JPY',
			received: '1600.00',
			fee: '300'
		});
		expect(r.reference.mid).toBe('0.1666666666666666666666666666666667');
		expect(r.cost.fx).toEqual({ amount: '400', currency: 'JPY' });
		expect(r.cost.total).toEqual({ amount: '700', currency: 'JPY' });
		expect(r.cost.percent).toBe('7.00');
	});

	it('lists what each schedule would have charged to deliver the same amount, cheapest first', () => {
		const r = decoded({ ...RECEIPT, destination: 'MX' });
		// cheap: 1900 / (20 × 0.99) = 95.9596 → 95.96 + 1.00; dear: 1900 / 19.6 = 96.9388 → 96.94 + 5.00
		expect(
			r.instead.map((i) => [i.schedule, i.funding, i.payout, i.total.amount, i.saving.amount])
		).toEqual([
			['cheap', 'balance', 'bank', '96.96', '5.54'],
			['dear', 'balance', 'bank', '101.94', '0.56']
		]);
		const direct = quote(
			RULES,
			{
				schedule: 'cheap',
				at: '2026-03-16T23:59:59Z',
				type: 'transfer',
				funding: 'balance',
				payout: 'bank',
				destination: 'MX',
				currency: 'USD',
				targetCurrency: 'MXN',
				mode: 'receive',
				amount: '1900.00'
			},
			{ now: NOW }
		);
		expect(direct.ok && direct.quote).toEqual(r.instead[0].quote);
		expect(r.instead[0].quote.received?.amount).toBe('1900.01');
	});

	it('leaves out schedules that do not serve the destination, and gives a negative saving when the receipt was cheaper', () => {
		expect(decoded({ ...RECEIPT, destination: 'JP' }).instead).toEqual([]);
		// cheap: 1990 / 19.8 = 100.5051 → 100.51 + 1.00 = 101.51, more than the 100.00 paid
		const cheaper = decoded({ ...RECEIPT, fee: '0', received: '1990.00', destination: 'MX' });
		expect(cheaper.instead[0].total.amount).toBe('101.51');
		expect(cheaper.instead[0].saving.amount).toBe('-1.51');
	});

	it('reads a date as the end of that day in UTC, an instant as given', () => {
		const later = {
			...SNAPSHOT,
			asOf: '2026-03-16T16:00:00+01:00',
			rates: { ...SNAPSHOT.rates, MXN: '27.5' }
		};
		const rules = decodeRules([schedule('cheap', '1.00', '1')], [SNAPSHOT, later]);
		expect(decoded({ ...RECEIPT, date: '2026-03-16' }, rules).reference.asOf).toBe(later.asOf);
		expect(decoded({ ...RECEIPT, date: '2026-03-16T10:00:00Z' }, rules).reference.asOf).toBe(
			SNAPSHOT.asOf
		);
		expect(decoded({ ...RECEIPT, date: '2026-03-16T16:00:00+01:00' }, rules).reference.mid).toBe(
			'22'
		);
	});

	it('warns when the reference rate is more than 96 hours older than the transfer', () => {
		expect(decoded({ ...RECEIPT, date: '2026-03-17T14:59:59Z' }).notices).toEqual([]);
		const old = decoded({ ...RECEIPT, date: '2026-03-17T15:00:01Z' });
		expect(old.notices.map((n) => [n.code, n.severity])).toEqual([['reference_rate_old', 'warn']]);
	});

	it.each([
		['1e3'],
		['١٠٠'],
		['100,00'],
		[' 100'],
		['.5'],
		['5.'],
		['NaN'],
		['Infinity'],
		['$100'],
		['']
	])('refuses the amount %j in sent, received and fee', (bad) => {
		expect(codes({ ...RECEIPT, sent: bad })).toEqual(['sent:invalid_amount']);
		expect(codes({ ...RECEIPT, received: bad })).toEqual(['received:invalid_amount']);
		expect(codes({ ...RECEIPT, fee: bad })).toEqual(['fee:invalid_amount']);
	});

	it.each([
		[{ sent: '0' }, 'sent:not_positive'],
		[{ sent: '0.00' }, 'sent:not_positive'],
		[{ sent: '-5' }, 'sent:not_positive'],
		[{ received: '0' }, 'received:not_positive'],
		[{ fee: '-1.00' }, 'fee:negative'],
		[{ sent: '1234567890123456' }, 'sent:too_many_digits'],
		[{ sent: '100.001' }, 'sent:too_many_decimals'],
		[{ sent: '100.5', sentCurrency: 'JPY' }, 'sent:too_many_decimals'],
		[{ fee: '0.001' }, 'fee:too_many_decimals'],
		[{ received: '1.001' }, 'received:too_many_decimals'],
		[{ sent: 100 }, 'sent:invalid_type'],
		[{ receivedCurrency: 'USD' }, 'receivedCurrency:same_currency'],
		[{ sentCurrency: 'usd' }, 'sentCurrency:invalid_currency'],
		[{ sentCurrency: 'XYZ' }, 'sentCurrency:unknown_currency'],
		[{ receivedCurrency: 'QQQ' }, 'receivedCurrency:unknown_currency'],
		[{ date: '16/03/2026' }, 'date:invalid_date'],
		[{ date: '2026-02-30' }, 'date:invalid_date'],
		[{ date: '2026-03-16T10:00:00' }, 'date:invalid_date'],
		[{ date: '2026-06-03' }, 'date:date_in_future'],
		[{ date: '2099-01-01' }, 'date:date_in_future'],
		[{ date: '2026-06-01T13:00:00Z' }, 'date:date_in_future'],
		[{ date: '1998-12-31' }, 'date:no_reference_rate'],
		[{ date: '1970-01-01' }, 'date:no_reference_rate'],
		[{ date: '2026-03-12' }, 'date:no_reference_rate'],
		[{ receivedCurrency: 'ARS' }, 'date:no_reference_rate'],
		[{ sentCurrency: 'CHF', fee: '0' }, 'date:no_reference_rate'],
		[{ destination: 'mx' }, 'destination:invalid_country'],
		[{ source: 'fed' }, 'source:unknown_rate_source'],
		[{ source: '../x' }, 'source:invalid_source'],
		[{ locale: 'fr' }, 'locale:unsupported_locale'],
		[{ surprise: '1' }, 'surprise:unknown_field'],
		[{ date: undefined }, 'date:required']
	])('refuses %j with its code', (change, code) => {
		expect(codes({ ...RECEIPT, ...change })).toContain(code);
	});

	it('accepts dates up to the day that has begun somewhere, and zero fees', () => {
		expect(codes({ ...RECEIPT, date: '2026-06-02' })).toEqual([]);
		expect(codes({ ...RECEIPT, fee: '0' })).toEqual([]);
		expect(codes({ ...RECEIPT, fee: '0.00' })).toEqual([]);
	});

	it('reports every missing field of an empty object, and refuses what is not an object', () => {
		expect(codes({}).sort()).toEqual(
			['date', 'received', 'receivedCurrency', 'sent', 'sentCurrency']
				.map((f) => `${f}:required`)
				.sort()
		);
		for (const body of [null, [], 'x', 5]) expect(codes(body)).toEqual([':invalid_body']);
	});

	it('answers issues in Simplified Chinese when asked', () => {
		const out = decodeReceipt(RULES, { ...RECEIPT, sent: 'x', locale: 'zh-CN' }, { now: NOW });
		expect(!out.ok && out.issues[0].message).toContain('须为普通小数');
	});

	it('does not mutate its input', () => {
		const input = { ...RECEIPT, destination: 'MX' };
		const copy = structuredClone(input);
		decodeReceipt(RULES, input, { now: NOW });
		expect(input).toEqual(copy);
	});
});
