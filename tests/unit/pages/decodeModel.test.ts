import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeModel } from '$lib/server/pages';
import { loadRules } from '$lib/server';
import { PROJECT_ROOT } from '../../_lib/projectRoot';

const RULES = loadRules(join(PROJECT_ROOT, 'rules'));
const NOW = Date.parse('2026-06-01T12:00:00Z');
const model = (query: string, locale: 'en' | 'zh-CN' = 'en') =>
	decodeModel(
		new URLSearchParams(query),
		{ rules: RULES, locale, now: NOW },
		{
			none: '—',
			names: { sent: 'the amount sent' }
		}
	);
const RECEIPT =
	'sent=1000.00&sentCurrency=USD&received=16950.00&receivedCurrency=MXN&fee=5.00&date=2026-03-16';

describe('decodeModel', () => {
	it('shows an empty form with today’s date before anything is asked', () => {
		const m = model('');
		expect(m.result).toBeNull();
		expect(m.issues).toEqual([]);
		expect(m.form).toMatchObject({
			sent: '',
			sentCurrency: 'USD',
			receivedCurrency: 'MXN',
			date: '2026-06-01'
		});
		expect(m.currencies.map((c) => c.value)).toEqual(expect.arrayContaining(['EUR', 'USD', 'MXN']));
		expect(m.destinations[0]).toEqual({ value: '', label: '—' });
	});

	it('leads with the answer, with money formatted for the locale', () => {
		const r = model(RECEIPT).result!;
		expect(r).toMatchObject({
			worse: true,
			marginPercent: '4.89',
			total: '$53.89',
			percent: '5.39'
		});
		expect(r.fx).toBe('$48.89');
		expect(r.fee).toBe('$5.00');
		// 5.00 / 53.89 = 9.28 %, 48.89 / 53.89 = 90.72 %
		expect(r.bar).toEqual({ fee: '9.3', fx: '90.7' });
		expect(r.reference.age).toBe('3 days 8 hours');
		expect(r.reference.source).toBe('ECB');
		expect(r.instead).toEqual([]);
	});

	it('reads amounts as people type them', () => {
		const typed = model(
			'sent=%241%2C000.00&sentCurrency=USD&received=+16%2C950+&receivedCurrency=MXN&fee=5&date=2026-03-16'
		);
		expect(typed.issues).toEqual([]);
		expect(typed.result?.total).toBe('$53.89');
		expect(typed.form.sent).toBe('$1,000.00');
	});

	it('links each provider to its calculator page with the same delivery', () => {
		const r = model(`${RECEIPT}&destination=MX`).result!;
		const row = r.instead.find((i) => i.schedule === 'wallet-standard')!;
		const first = new URL(row.href, 'http://x');
		expect(first.pathname).toBe('/');
		expect(Object.fromEntries(first.searchParams)).toMatchObject({
			schedule: 'wallet-standard',
			mode: 'receive',
			amount: '16950.00',
			destination: 'MX',
			currency: 'USD',
			targetCurrency: 'MXN',
			locale: 'en'
		});
	});

	it('puts issues beside the fields, in the page’s language', () => {
		const m = model(
			'sent=abc&sentCurrency=USD&received=1&receivedCurrency=USD&date=2026-03-16',
			'zh-CN'
		);
		expect(m.result).toBeNull();
		expect(m.issues.map((i) => [i.path[0], i.code])).toEqual(
			expect.arrayContaining([
				['sent', 'invalid_amount'],
				['receivedCurrency', 'same_currency']
			])
		);
		expect(m.issues[0].message).toMatch(/[\u4e00-\u9fff]/);
	});

	it('names fields in the page’s words', () => {
		const m = model('sent=abc&sentCurrency=USD&received=1&receivedCurrency=MXN&date=2026-03-16');
		expect(m.issues[0].message).toMatch(/^The amount sent must be a plain decimal/);
	});

	it('says a receipt from before the first snapshot has no reference rate', () => {
		const m = model(RECEIPT.replace('2026-03-16', '1998-06-01'));
		expect(m.issues.map((i) => i.code)).toEqual(['no_reference_rate']);
	});

	it('names the bank and the tables a currency the ECB does not publish was decoded against', () => {
		const gtq =
			'sent=500.00&sentCurrency=USD&received=3700.00&receivedCurrency=GTQ&date=2026-05-01';
		expect(model(gtq).result!.reference).toEqual({
			source: 'National Bank of Poland (NBP)',
			asOf: 'May 11, 2022, 12:15 PM GMT+2',
			tables: 'table 019/B/NBP/2022 of May 11, 2022 and table 092/A/NBP/2022 of May 13, 2022',
			// 1,451 days after table B: not yet four years of 365 days.
			age: '3 years',
			on: 'May 1, 2026, 11:59 PM UTC'
		});
		expect(model(gtq, 'zh-CN').result!.reference).toMatchObject({
			source: '波兰国家银行',
			tables: '2022年5月11日的 019/B/NBP/2022 号汇率表和2022年5月13日的 092/A/NBP/2022 号汇率表',
			age: '3 年'
		});
		expect(model(RECEIPT).result!.reference.tables).toBe('');
	});

	it('says it in Simplified Chinese', () => {
		const r = model(RECEIPT, 'zh-CN').result!;
		expect(r.reference.age).toBe('3 天 8 小时');
		expect(r.total).toContain('53.89');
	});
});
