import { describe, expect, it } from 'vitest';
import { formatIssue, type RulesIssue } from '$lib/rulesfiles';

const issue = (path: (string | number)[], message: string): RulesIssue => ({
	file: 'rules/rates/ecb/2026-03-13.json',
	path,
	code: 'any_code',
	message
});

describe('formatIssue', () => {
	it.each([
		[
			issue(['rates', 'USD'], 'must be greater than zero'),
			'rules/rates/ecb/2026-03-13.json: rates.USD: must be greater than zero'
		],
		[
			issue(['fees', 2, 'min'], 'is required'),
			'rules/rates/ecb/2026-03-13.json: fees[2].min: is required'
		],
		[
			issue([], 'is not valid JSON: Unexpected end'),
			'rules/rates/ecb/2026-03-13.json: is not valid JSON: Unexpected end'
		]
	])('writes file, path and message on one line', (input, expected) => {
		expect(formatIssue(input)).toBe(expected);
	});

	it('does not mutate the issue', () => {
		const input = issue(['rates', 'USD'], 'm');
		const copy = structuredClone(input);
		formatIssue(input);
		expect(input).toEqual(copy);
	});
});
