import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '$lib/rates';
import { formatIssue } from '$lib/rulesfiles';
import { join } from 'node:path';
import { VECTOR_RULES } from '../../_lib/vectors';

const FILE = 'rules/rates/ecb/2026-03-13.json';
const VECTOR = join(VECTOR_RULES, 'rates/ecb/2026-03-13.json');

const valid = {
	source: 'ecb',
	base: 'EUR',
	asOf: '2026-03-13T16:00:00+01:00',
	rates: { USD: '1.1476', JPY: '182.85', GBP: '0.86503' }
};

const withChange = (change: Record<string, unknown>) => JSON.stringify({ ...valid, ...change });
const withRates = (rates: Record<string, unknown>) => withChange({ rates });
const without = (key: string) =>
	JSON.stringify(Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key)));

function errorsOf(text: string) {
	const result = parseSnapshot(text, FILE);
	if (result.ok) throw new Error('expected issues');
	return result.errors.map(({ code, path }) => ({ code, path }));
}

describe('parseSnapshot', () => {
	it('accepts the ECB vector snapshot as it is', () => {
		const text = readFileSync(VECTOR, 'utf8');
		expect(parseSnapshot(text, 'ecb/2026-03-13.json')).toEqual({
			ok: true,
			snapshot: JSON.parse(text)
		});
	});

	it('keeps the rates in file order and as written', () => {
		const result = parseSnapshot(withRates({ ZAR: '19.2754', ISK: '144.20', AUD: '1.6293' }), FILE);
		expect(result.ok && Object.entries(result.snapshot.rates)).toEqual([
			['ZAR', '19.2754'],
			['ISK', '144.20'],
			['AUD', '1.6293']
		]);
	});

	it.each([
		['the base listed as exactly "1"', withRates({ EUR: '1', USD: '1.1476' })],
		['a Z offset', withChange({ asOf: '2026-03-13T15:00:00Z' })],
		['a negative offset', withChange({ asOf: '2026-03-13T10:00:00-05:00' })],
		['milliseconds', withChange({ asOf: '2026-03-13T15:00:00.250Z' })],
		['no seconds', withChange({ asOf: '2026-03-13T15:00Z' })],
		['a leap day', withChange({ asOf: '2028-02-29T00:00:00Z' })],
		['a source with dots, dashes and underscores', withChange({ source: 'open-er.api_v6' })],
		['an integer rate', withRates({ JPY: '183' })],
		['a tiny rate', withRates({ BTC: '0.0000123' })],
		['a byte order mark', '\uFEFF' + JSON.stringify(valid)]
	])('accepts %s', (_, text) => {
		expect(parseSnapshot(text, FILE).ok).toBe(true);
	});

	it.each([
		['text that is not JSON', '{"source": "ecb",', 'invalid_json', []],
		['an empty file', '', 'invalid_json', []],
		['an array', '[]', 'invalid_type', []],
		['null', 'null', 'invalid_type', []],
		['a missing source', without('source'), 'required', ['source']],
		['a missing base', without('base'), 'required', ['base']],
		['a missing asOf', without('asOf'), 'required', ['asOf']],
		['missing rates', without('rates'), 'required', ['rates']],
		['an unknown key', withChange({ date: '2026-03-13' }), 'unknown_key', ['date']],
		['a numeric source', withChange({ source: 1 }), 'invalid_type', ['source']],
		['an upper-case source', withChange({ source: 'ECB' }), 'invalid_format', ['source']],
		['a source starting with a dot', withChange({ source: '.ecb' }), 'invalid_format', ['source']],
		['a lower-case base', withChange({ base: 'eur' }), 'invalid_format', ['base']],
		['a four-letter base', withChange({ base: 'EURO' }), 'invalid_format', ['base']],
		[
			'asOf without an offset',
			withChange({ asOf: '2026-03-13T16:00:00' }),
			'invalid_format',
			['asOf']
		],
		['asOf as a date only', withChange({ asOf: '2026-03-13' }), 'invalid_format', ['asOf']],
		[
			'asOf on a day that does not exist',
			withChange({ asOf: '2026-02-29T16:00:00Z' }),
			'invalid_format',
			['asOf']
		],
		['asOf at hour 24', withChange({ asOf: '2026-03-13T24:00:00Z' }), 'invalid_format', ['asOf']],
		['asOf as epoch milliseconds', withChange({ asOf: 1773414000000 }), 'invalid_type', ['asOf']],
		['rates as an array', withChange({ rates: [] }), 'invalid_type', ['rates']],
		['empty rates', withRates({}), 'no_rates', ['rates']],
		['a rate as a JSON number', withRates({ USD: 1.1476 }), 'number_not_string', ['rates', 'USD']],
		['a rate as null', withRates({ USD: null }), 'invalid_type', ['rates', 'USD']],
		['a lower-case currency', withRates({ usd: '1.1476' }), 'invalid_format', ['rates', 'usd']],
		['a two-letter currency', withRates({ US: '1.1476' }), 'invalid_format', ['rates', 'US']],
		['a negative rate', withRates({ USD: '-1.1476' }), 'negative_value', ['rates', 'USD']],
		['a rate in exponent form', withRates({ USD: '1e3' }), 'invalid_format', ['rates', 'USD']],
		['a rate with a comma', withRates({ USD: '1,1476' }), 'invalid_format', ['rates', 'USD']],
		['a rate with a trailing point', withRates({ USD: '1.' }), 'invalid_format', ['rates', 'USD']],
		['a rate with spaces', withRates({ USD: ' 1.1476' }), 'invalid_format', ['rates', 'USD']],
		['an empty rate', withRates({ USD: '' }), 'invalid_format', ['rates', 'USD']],
		['a zero rate', withRates({ USD: '0' }), 'not_positive', ['rates', 'USD']],
		['a zero rate with decimals', withRates({ USD: '0.000' }), 'not_positive', ['rates', 'USD']],
		[
			'the base at a rate other than 1',
			withRates({ EUR: '1.0', USD: '1.1476' }),
			'base_rate_not_one',
			['rates', 'EUR']
		],
		[
			'a currency listed twice',
			'{"source":"ecb","base":"EUR","asOf":"2026-03-13T16:00:00+01:00","rates":{"USD":"1.1","USD":"1.2"}}',
			'duplicate_currency',
			['rates', 'USD']
		],
		[
			'a top-level key listed twice',
			'{"source":"ecb","source":"ecb","base":"EUR","asOf":"2026-03-13T16:00:00+01:00","rates":{"USD":"1.1"}}',
			'duplicate_key',
			['source']
		]
	])('reports %s', (_, text, code, path) => {
		expect(errorsOf(text)).toEqual([{ code, path }]);
	});

	it('reports every issue at once, each with its path', () => {
		const text = JSON.stringify({
			source: 'ECB',
			base: 'EUR',
			rates: { USD: 1.1476, JPY: '0', GBP: 'x' },
			extra: true
		});
		expect(errorsOf(text)).toEqual([
			{ code: 'invalid_format', path: ['source'] },
			{ code: 'required', path: ['asOf'] },
			{ code: 'number_not_string', path: ['rates', 'USD'] },
			{ code: 'not_positive', path: ['rates', 'JPY'] },
			{ code: 'invalid_format', path: ['rates', 'GBP'] },
			{ code: 'unknown_key', path: ['extra'] }
		]);
	});

	it('names the file in each issue and words it for people', () => {
		const result = parseSnapshot(withRates({ USD: 1.1476 }), FILE);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors[0].file).toBe(FILE);
		expect(formatIssue(result.errors[0])).toMatch(
			/^rules\/rates\/ecb\/2026-03-13\.json: rates\.USD: /
		);
		expect(result.errors[0].message).not.toMatch(/zod|Invalid input/i);
	});

	it('finds duplicates in nested places without false alarms', () => {
		const text =
			'{"source":"ecb","base":"EUR","asOf":"2026-03-13T16:00:00+01:00",' +
			'"rates":{"USD":"USD","GBP":"0.8","a\\"b":"1","GBP":"0.9"}}';
		expect(errorsOf(text)).toContainEqual({ code: 'duplicate_currency', path: ['rates', 'GBP'] });
		expect(errorsOf(text)).not.toContainEqual({
			code: 'duplicate_currency',
			path: ['rates', 'USD']
		});
	});

	it('returns a snapshot that does not share objects with a later parse', () => {
		const text = JSON.stringify(valid);
		const first = parseSnapshot(text, FILE);
		const second = parseSnapshot(text, FILE);
		expect(first.ok && second.ok && first.snapshot.rates !== second.snapshot.rates).toBe(true);
	});
});
