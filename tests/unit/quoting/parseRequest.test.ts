import { describe, expect, it } from 'vitest';
import { formatPath } from '$lib/rulesfiles';
import { parseRequest, quote, resolveRequest, type RequestIssue } from '$lib/quoting';
import { loadRules } from '$lib/server';
import { VECTOR_RULES } from '../../_lib/vectors';

const RULES = loadRules(VECTOR_RULES);
const NOW = Date.parse('2026-03-20T00:00:00Z');

const VALID = {
	schedule: 'vector-wallet',
	type: 'transfer',
	funding: 'balance',
	destination: 'US',
	currency: 'USD',
	mode: 'send',
	amount: '100.00'
};
const REQUIRED = Object.keys(VALID);

const withField = (field: string, value: unknown) => ({ ...VALID, [field]: value });
const without = (field: string) =>
	Object.fromEntries(Object.entries(VALID).filter(([k]) => k !== field));

const brief = (issues: RequestIssue[]) =>
	issues.map(({ code, path }) => ({ code, path: formatPath(path) }));

function parseIssues(input: unknown) {
	const result = parseRequest(input);
	return result.ok ? [] : brief(result.issues);
}

function quoteIssues(input: unknown, now = NOW) {
	const result = quote(RULES, input, { now });
	return result.ok ? [] : brief(result.issues);
}

function quoted(input: unknown, now = NOW) {
	const result = quote(RULES, input, { now });
	if (!result.ok) throw new Error(`expected a quote, got ${JSON.stringify(result.issues)}`);
	return result.quote;
}

describe('parseRequest', () => {
	it.each([
		// amounts that are not plain decimals
		['1e3', 'invalid_amount'],
		['100,00', 'invalid_amount'],
		[' 100', 'invalid_amount'],
		['100 ', 'invalid_amount'],
		['.5', 'invalid_amount'],
		['5.', 'invalid_amount'],
		['+5', 'invalid_amount'],
		['', 'invalid_amount'],
		['NaN', 'invalid_amount'],
		['Infinity', 'invalid_amount'],
		['0x10', 'invalid_amount'],
		['١٠٠', 'invalid_amount'],
		['１００', 'invalid_amount'],
		['1.000.00', 'invalid_amount'],
		// not greater than zero
		['0', 'not_positive'],
		['0.00', 'not_positive'],
		['000', 'not_positive'],
		['-5', 'not_positive'],
		['-0.01', 'not_positive'],
		// more than 15 digits before the point
		['1234567890123456', 'too_many_digits'],
		['1234567890123456.5', 'too_many_digits']
	])('rejects the amount "%s" as %s', (amount, code) => {
		expect(parseIssues(withField('amount', amount))).toEqual([{ code, path: 'amount' }]);
	});

	it.each(['100', '100.00', '0.01', '123456789012345', '123456789012345.99', '007'])(
		'accepts the amount "%s"',
		(amount) => {
			expect(parseIssues(withField('amount', amount))).toEqual([]);
		}
	);

	it.each([
		['a JSON number amount', withField('amount', 100), 'invalid_type', 'amount'],
		['a JSON number type', withField('type', 5), 'invalid_type', 'type'],
		['an unknown field', withField('channel', 'app'), 'unknown_field', 'channel'],
		['a lower-case currency', withField('currency', 'usd'), 'invalid_currency', 'currency'],
		['an unknown currency', withField('currency', 'XYZ'), 'unknown_currency', 'currency'],
		[
			'an unknown target currency',
			withField('targetCurrency', 'XYZ'),
			'unknown_currency',
			'targetCurrency'
		],
		[
			'a two-letter target currency',
			withField('targetCurrency', 'US'),
			'invalid_currency',
			'targetCurrency'
		],
		[
			'a three-letter destination',
			withField('destination', 'usa'),
			'invalid_country',
			'destination'
		],
		['a lower-case origin', withField('origin', 'cn'), 'invalid_country', 'origin'],
		['a funding key with capitals', withField('funding', 'Debit-Card'), 'invalid_key', 'funding'],
		['a type with a space', withField('type', 'top up'), 'invalid_key', 'type'],
		['a payout with a dash', withField('payout', 'cash-pickup'), 'invalid_key', 'payout'],
		['a profile with capitals', withField('profile', 'Verified'), 'invalid_key', 'profile'],
		[
			'a schedule id with capitals',
			withField('schedule', 'Vector-Wallet'),
			'invalid_id',
			'schedule'
		],
		['a version with a slash', withField('version', '../2026-01-01'), 'invalid_id', 'version'],
		['mode sell', withField('mode', 'sell'), 'invalid_mode', 'mode'],
		['locale fr', withField('locale', 'fr'), 'unsupported_locale', 'locale'],
		['locale zh-cn in lower case', withField('locale', 'zh-cn'), 'unsupported_locale', 'locale'],
		['at without an offset', withField('at', '2026-03-20T10:00:00'), 'invalid_instant', 'at'],
		['at as a date only', withField('at', '2026-03-20'), 'invalid_instant', 'at'],
		[
			'at on a day that does not exist',
			withField('at', '2026-02-30T10:00:00Z'),
			'invalid_instant',
			'at'
		],
		['a body that is null', null, 'invalid_body', ''],
		['a body that is an array', [VALID], 'invalid_body', ''],
		['a body that is a string', JSON.stringify(VALID), 'invalid_body', ''],
		['a body that is a number', 5, 'invalid_body', '']
	])('rejects %s as %s', (_, input, code, path) => {
		expect(parseIssues(input)).toEqual([{ code, path }]);
	});

	it.each(REQUIRED)('rejects a request without %s as required', (field) => {
		expect(parseIssues(without(field))).toEqual([{ code: 'required', path: field }]);
	});

	it('reports every malformed field at once', () => {
		const issues = parseIssues({ ...VALID, amount: '1e3', currency: 'usd', destination: 'usa' });
		expect(issues).toHaveLength(3);
		expect(issues).toEqual(
			expect.arrayContaining([
				{ code: 'invalid_amount', path: 'amount' },
				{ code: 'invalid_currency', path: 'currency' },
				{ code: 'invalid_country', path: 'destination' }
			])
		);
	});

	it('accepts a valid request as it is', () => {
		expect(parseRequest(VALID)).toEqual({ ok: true, request: VALID });
	});

	it('does not mutate the request', () => {
		const input = { ...VALID, amount: '1e3', extra: 'x' };
		const copy = structuredClone(input);
		parseRequest(input);
		expect(input).toEqual(copy);
	});
});

describe('resolveRequest', () => {
	function resolveIssues(input: Record<string, unknown>) {
		const parsed = parseRequest(input);
		if (!parsed.ok)
			throw new Error(`expected a well-formed request: ${JSON.stringify(parsed.issues)}`);
		const result = resolveRequest(RULES, parsed.request, NOW);
		return result.ok ? [] : brief(result.issues);
	}

	it.each([
		['100.001 USD sent', { amount: '100.001' }],
		['1.5 JPY sent', { currency: 'JPY', destination: 'JP', amount: '1.5' }],
		['1.5 JPY received', { destination: 'JP', mode: 'receive', amount: '1.5' }],
		['1.55 JPY received from USD', { destination: 'JP', mode: 'receive', amount: '1.55' }],
		[
			'100.5 KRW received from CNY',
			{ currency: 'CNY', destination: 'KR', mode: 'receive', amount: '100.5' }
		],
		['1.123 USD received', { mode: 'receive', amount: '1.123' }]
	])('rejects %s as too_many_decimals', (_, change) => {
		expect(resolveIssues({ ...VALID, ...change })).toEqual([
			{ code: 'too_many_decimals', path: 'amount' }
		]);
	});

	it.each([
		['1.55 USD sent to Japan (checked against USD)', { destination: 'JP', amount: '1.55' }],
		[
			'1.55 USD paid to Japan (checked against USD)',
			{ destination: 'JP', mode: 'pay', amount: '1.55' }
		],
		['1000 JPY received from USD', { destination: 'JP', mode: 'receive', amount: '1000' }],
		[
			'100.5 HKD received from CNY',
			{ currency: 'CNY', destination: 'HK', mode: 'receive', amount: '100.5' }
		]
	])('accepts %s', (_, change) => {
		expect(resolveIssues({ ...VALID, ...change })).toEqual([]);
	});

	it('does not mutate the request', () => {
		const parsed = parseRequest(VALID);
		if (!parsed.ok) throw new Error('expected a well-formed request');
		const copy = structuredClone(parsed.request);
		resolveRequest(RULES, parsed.request, NOW);
		expect(parsed.request).toEqual(copy);
	});
});

describe('quote', () => {
	it.each([
		['an unknown schedule', { schedule: 'no-such-wallet' }, 'unknown_schedule', 'schedule'],
		['an unknown version', { version: '2099-01-01' }, 'unknown_version', 'version'],
		[
			'an at before the first version',
			{ at: '2025-01-01T00:00:00Z' },
			'schedule_not_effective',
			'at'
		],
		[
			'an at one second before the first version',
			{ at: '2025-12-31T15:59:59Z' },
			'schedule_not_effective',
			'at'
		],
		['too many USD decimals', { amount: '100.001' }, 'too_many_decimals', 'amount'],
		['a malformed amount', { amount: '1e3' }, 'invalid_amount', 'amount']
	])('rejects %s as %s', (_, change, code, path) => {
		expect(quoteIssues({ ...VALID, ...change })).toEqual([{ code, path }]);
	});

	it('rejects a request before the first version when at is left to now', () => {
		expect(quoteIssues(VALID, Date.parse('2025-06-01T00:00:00Z'))).toEqual([
			{ code: 'schedule_not_effective', path: 'at' }
		]);
	});

	it('fills every default in quote.request', () => {
		const q = quoted({ ...VALID, destination: 'HK', currency: 'CNY', at: '2026-03-20T00:00:00Z' });
		expect(q.request).toMatchObject({
			schedule: 'vector-wallet',
			version: '2026-01-01',
			at: '2026-03-20T00:00:00Z',
			origin: 'CN',
			payout: 'wallet',
			profile: 'verified',
			targetCurrency: 'HKD',
			locale: 'en'
		});
	});

	it('defaults at to now and the version to the one in force then', () => {
		const now = Date.parse('2026-08-01T00:00:00Z');
		const q = quoted(VALID, now);
		expect(Date.parse(q.request.at)).toBe(now);
		expect(q.request.version).toBe('2026-07-01');
	});

	it.each([
		['the first version at its effectiveFrom', '2025-12-31T16:00:00Z', '2026-01-01'],
		['the first version just before the second', '2026-06-30T15:59:59.999Z', '2026-01-01'],
		['the second version at its effectiveFrom', '2026-07-01T00:00:00+08:00', '2026-07-01']
	])('selects %s', (_, at, version) => {
		expect(quoted({ ...VALID, at }).request.version).toBe(version);
	});

	it('uses an explicit version as given', () => {
		const q = quoted({ ...VALID, version: '2026-01-01', at: '2026-08-01T00:00:00Z' });
		expect(q.request.version).toBe('2026-01-01');
	});

	it('keeps explicit values instead of defaults', () => {
		const q = quoted({
			...VALID,
			destination: 'HK',
			currency: 'CNY',
			targetCurrency: 'CNY',
			payout: 'bank_account',
			profile: 'unverified',
			locale: 'zh-CN'
		});
		expect(q.request).toMatchObject({
			targetCurrency: 'CNY',
			payout: 'bank_account',
			profile: 'unverified',
			locale: 'zh-CN'
		});
	});
});
