import { describe, expect, it } from 'vitest';
import { amountCode } from '$lib/quoting';

describe('amountCode', () => {
	it.each([
		['100.00', null],
		['0.5', null],
		['1e3', 'invalid_amount'],
		['١٠٠', 'invalid_amount'],
		['100,00', 'invalid_amount'],
		[' 100', 'invalid_amount'],
		['.5', 'invalid_amount'],
		['5.', 'invalid_amount'],
		['0', 'not_positive'],
		['0.00', 'not_positive'],
		['-5', 'not_positive'],
		['NaN', 'invalid_amount'],
		['Infinity', 'invalid_amount'],
		['1234567890123456', 'too_many_digits'],
		['123456789012345', null]
	])('%s → %s', (value, code) => {
		expect(amountCode(value)).toBe(code);
	});

	it.each([
		['0', null],
		['0.00', null],
		['-5', 'negative'],
		['1e3', 'invalid_amount']
	])('%s → %s where zero is allowed (sentThisPeriod, a fee)', (value, code) => {
		expect(amountCode(value, true)).toBe(code);
	});

	it('leaves a value that is not a string to the schema', () => {
		expect(amountCode(100)).toBeNull();
	});
});
