import { describe, expect, it } from 'vitest';
import { readAmount, type AmountReading } from '$lib/present';

const ok = (amount: string): AmountReading => ({ ok: true, amount });
const ask = (suggestion: string): AmountReading => ({ ok: false, code: 'ambiguous', suggestion });
const bad: AmountReading = { ok: false, code: 'not_a_number' };

describe('readAmount', () => {
	it.each<[string, string | undefined, AmountReading]>([
		['500', 'USD', ok('500')],
		['100.00', 'USD', ok('100.00')],
		['1,000.50', 'USD', ok('1000.50')],
		[' 200 ', 'USD', ok('200')],
		['$200', 'USD', ok('200')],
		['US$200', 'USD', ok('200')],
		['MX$8,687.87', 'MXN', ok('8687.87')],
		['10,000', 'USD', ok('10000')],
		['1,234,567.89', 'USD', ok('1234567.89')],
		['200 USD', 'USD', ok('200')],
		['usd 200', 'USD', ok('200')],
		['€ 50,00', 'EUR', ask('50.00')],
		['１２３４．５', 'USD', ok('1234.5')],
		['１，０００', 'USD', ok('1000')],
		['¥5000', 'CNY', ok('5000')],
		['5000元', 'CNY', ok('5000')],
		['1 000', 'USD', ok('1000')],
		['1\u00a0000.25', 'USD', ok('1000.25')],
		["1'000", 'CHF', ok('1000')],
		['007.50', 'USD', ok('7.50')],
		['100.', 'USD', ok('100')],
		['0', 'USD', ok('0')],
		['1000,50', 'USD', ask('1000.50')],
		['1,5', 'USD', ask('1.5')],
		['1.000,50', 'USD', ask('1000.50')],
		['1.000.000', 'USD', ask('1000000')],
		['', 'USD', { ok: false, code: 'empty' }],
		['   ', 'USD', { ok: false, code: 'empty' }],
		['200 EUR', 'USD', { ok: false, code: 'other_currency', currency: 'EUR' }],
		['abc', 'USD', bad],
		['-5', 'USD', bad],
		['1e3', 'USD', bad],
		['1,00,000', 'INR', bad],
		['1..5', 'USD', bad],
		['12,34.5', 'USD', bad],
		['.5', 'USD', bad],
		['200 USD', undefined, ok('200')]
	])('reads %j in %s', (text, currency, expected) => {
		expect(readAmount(text, currency)).toEqual(expected);
	});

	it('gives what the API accepts whenever it reads an amount', () => {
		for (const t of ['$1,000.50', ' 200 ', '１２３', '10,000']) {
			const r = readAmount(t, 'USD');
			expect(r.ok && /^[0-9]{1,15}(\.[0-9]+)?$/.test(r.amount)).toBe(true);
		}
	});
});
