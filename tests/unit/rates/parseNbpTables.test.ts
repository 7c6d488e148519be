import { describe, expect, it } from 'vitest';
import { parseNbpTables, parseRatesFeed } from '$lib/rates';
import { NBP_A, NBP_B, nbpJson, nbpTable } from '../../_lib/nbpTables';

const codeOf = (text: string) => {
	const r = parseNbpTables(text);
	return r.ok ? 'ok' : r.error.code;
};

/** Every `"mid": …` of a JSON text as the bank wrote it. */
const written = (text: string) => [...text.matchAll(/"mid":\s*([0-9.eE+-]+)/g)].map((m) => m[1]);

const one = (rates: { code?: unknown; mid?: unknown }[], date = '2022-05-11') =>
	nbpJson(nbpTable('B', '019/B/NBP/2022', date, rates));

describe('parseNbpTables', () => {
	it('reads table A as a direct, partial snapshot of PLN, in force from 12:15 Warsaw time', () => {
		const r = parseNbpTables(NBP_A);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.snapshots).toHaveLength(1);
		const [a] = r.snapshots;
		expect(a).toMatchObject({
			source: 'nbp',
			base: 'PLN',
			asOf: '2022-05-13T12:15:00+02:00',
			quotation: 'direct',
			table: '092/A/NBP/2022',
			partial: true
		});
		expect(Object.keys(a).slice(0, 4)).toEqual(['source', 'base', 'asOf', 'quotation']);
		expect(a.rates.USD).toBe('4.4849');
		expect(Object.keys(a.rates)).toHaveLength(34);
	});

	it('keeps every mid of table B as the decimal the bank wrote, never more digits', () => {
		const r = parseNbpTables(NBP_B);
		if (!r.ok) throw new Error(r.error.message);
		const rates = Object.values(r.snapshots[0].rates);
		const published = written(NBP_B);
		expect(rates).toHaveLength(published.length);
		rates.forEach((rate, i) => {
			// The same value; trailing zeros ("4.4190") are the only digits that may go.
			expect(rate).toBe(published[i].replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''));
		});
		expect(r.snapshots[0].rates.VND).toBe('0.00019185');
		expect(r.snapshots[0].rates.PAB).toBe('4.419');
	});

	it('reads a date range, a list of tables, oldest first', () => {
		const r = parseNbpTables(
			nbpJson(
				nbpTable('A', '002/A/NBP/2022', '2022-01-05', [{ code: 'USD', mid: 4.0 }]),
				nbpTable('A', '001/A/NBP/2022', '2022-01-04', [{ code: 'USD', mid: 4.01 }])
			)
		);
		expect(r.ok && r.snapshots.map((s) => [s.table, s.asOf, s.rates.USD])).toEqual([
			['001/A/NBP/2022', '2022-01-04T12:15:00+01:00', '4.01'],
			['002/A/NBP/2022', '2022-01-05T12:15:00+01:00', '4']
		]);
	});

	it.each([
		['an HTML page', '<html><body>Brak danych</body></html>', 'not_nbp_json'],
		[
			'the ECB feed',
			"<gesmes:Envelope><Cube time='2026-03-13'/></gesmes:Envelope>",
			'not_nbp_json'
		],
		['other JSON', '{"source":"ecb"}', 'not_nbp_json'],
		['an empty list', '[]', 'not_nbp_json'],
		[
			'table C (bid and ask, no mid)',
			nbpJson(nbpTable('C', '001/C/NBP/2022', '2022-01-04', [])),
			'not_nbp_json'
		],
		['a truncated answer', NBP_B.slice(0, 900), 'truncated'],
		[
			'a mid whose key is written with an escape, so its text cannot be found',
			one([{ code: 'GTQ', mid: 0.5773 }]).replace('"mid"', '"\\u006did"'),
			'not_nbp_json'
		],
		['a table without rates', one([]), 'empty_table'],
		['a zero mid', one([{ code: 'GTQ', mid: 0 }]), 'invalid_rate'],
		['a negative mid', one([{ code: 'GTQ', mid: -0.5773 }]), 'invalid_rate'],
		['a mid in quotes', one([{ code: 'GTQ', mid: '0.5773' }]), 'invalid_rate'],
		['a mid that is not a number', one([{ code: 'GTQ', mid: 'n/a' }]), 'invalid_rate'],
		['no mid', one([{ code: 'GTQ' }]), 'invalid_rate'],
		[
			'a code twice',
			one([
				{ code: 'GTQ', mid: 0.5773 },
				{ code: 'GTQ', mid: 0.5774 }
			]),
			'duplicate_currency'
		],
		['a code that is not ISO 4217', one([{ code: 'XYZ', mid: 1.2 }]), 'invalid_currency'],
		['a lower-case code', one([{ code: 'gtq', mid: 0.5773 }]), 'invalid_currency'],
		['its own base', one([{ code: 'PLN', mid: 1 }]), 'invalid_currency'],
		['a bad date', one([{ code: 'GTQ', mid: 0.5773 }], '2022-02-30'), 'invalid_date'],
		[
			'a table twice',
			nbpJson(
				nbpTable('B', '019/B/NBP/2022', '2022-05-11', [{ code: 'GTQ', mid: 0.5773 }]),
				nbpTable('B', '019/B/NBP/2022', '2022-05-11', [{ code: 'GTQ', mid: 0.5773 }])
			),
			'duplicate_table'
		]
	])('refuses %s', (_, text, code) => {
		expect(codeOf(text)).toBe(code);
	});

	it('accepts codes that ISO 4217 lists and dinero.js has dropped (HRK, SLL, ZWL in 2022)', () => {
		const r = parseNbpTables(
			one([
				{ code: 'HRK', mid: 0.6204 },
				{ code: 'SLL', mid: 0.000349 }
			])
		);
		expect(r.ok && r.snapshots[0].rates).toEqual({ HRK: '0.6204', SLL: '0.000349' });
	});

	it('is what parseRatesFeed recognises in the bank’s JSON', () => {
		expect(parseRatesFeed(NBP_B, 'b.json')).toEqual(parseNbpTables(NBP_B));
		const r = parseRatesFeed(NBP_B, 'b.json', 'ecb');
		expect(!r.ok && r.error.code).toBe('source_mismatch');
	});
});

describe('parseRatesFeed', () => {
	const own = { source: 'acme', base: 'USD', asOf: '2026-03-13T16:00:00Z', rates: { MXN: '17.2' } };

	it('reads snapshots in the project’s own format, one or a list, oldest first', () => {
		expect(parseRatesFeed(JSON.stringify(own), 'acme.json', 'acme')).toEqual({
			ok: true,
			snapshots: [own]
		});
		const later = { ...own, asOf: '2026-03-14T16:00:00Z' };
		const r = parseRatesFeed(JSON.stringify([later, own]), 'acme.json', 'acme');
		expect(r.ok && r.snapshots).toEqual([own, later]);
	});

	it.each([
		['another source', JSON.stringify(own), 'other', 'source_mismatch'],
		['a bad rate', JSON.stringify({ ...own, rates: { MXN: '-1' } }), undefined, 'invalid_snapshot'],
		['an unknown field', JSON.stringify({ ...own, extra: 1 }), undefined, 'invalid_snapshot'],
		['an empty list', '[]', undefined, 'no_snapshots'],
		['plain text', 'hello', undefined, 'unknown_format'],
		['cut-short JSON', JSON.stringify(own).slice(0, 30), undefined, 'truncated']
	])('refuses %s', (_, text, source, code) => {
		const r = parseRatesFeed(text, 'acme.json', source);
		expect(!r.ok && r.error.code).toBe(code);
	});
});
