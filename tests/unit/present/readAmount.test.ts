import { describe, expect, it } from 'vitest';
import { readAmount } from '$lib/present';

describe('readAmount', () => {
	it.each([
		['1000.50', '1000.50'],
		['1,000.50', '1000.50'],
		[' 200 ', '200'],
		['$200', '200'],
		['US$ 1,234,567.89', '1234567.89'],
		['200 USD', '200'],
		['USD200', '200'],
		['¥1,000', '1000'],
		['1000元', '1000'],
		['１，０００．５０', '1000.50'],
		['1 000,50', '1000.50'],
		['1\u00a0000.50', '1000.50'],
		['1.000,50', '1000.50'],
		['1.000.000', '1000000'],
		['100,5', '100.5'],
		['100,50', '100.50'],
		['1,000', '1000'],
		['0.5', '0.5'],
		['.5', '.5']
	])('reads %j as %j', (typed, plain) => {
		expect(readAmount(typed)).toBe(plain);
	});

	it.each([
		['1e3'],
		['-5'],
		['abc'],
		[''],
		['1,00,000'],
		['1.2.3'],
		['1,000,5'],
		['1.000,000,5'],
		['NaN'],
		['Infinity'],
		['1,000.5,0']
	])('leaves %j for the amount rules to refuse', (typed) => {
		expect(readAmount(typed)).toBe(typed.trim());
	});

	it('never turns a long amount into a binary number', () => {
		expect(readAmount('123,456,789,012,345.678901234567')).toBe('123456789012345.678901234567');
	});
});
