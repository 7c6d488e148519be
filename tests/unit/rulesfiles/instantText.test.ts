import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantText } from '$lib/rulesfiles';
import { runs } from '../../_lib/runs';

describe('instantText', () => {
	it.each([
		0,
		-1,
		Date.UTC(2026, 10, 22, 10),
		Date.UTC(2024, 1, 29, 23, 59, 59, 999),
		Date.UTC(9999, 11, 31, 23, 59, 59, 999),
		Date.UTC(10000, 0, 1),
		Date.UTC(-1, 0, 1),
		-62167219200000
	])('writes %d as toISOString does', (ms) => {
		expect(instantText(ms)).toBe(new Date(ms).toISOString());
		expect(instantText(ms)).toBe(new Date(ms).toISOString());
	});

	it('writes any instant as toISOString does', () => {
		fc.assert(
			fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
				expect(instantText(ms)).toBe(new Date(ms).toISOString());
			}),
			{ numRuns: runs(5000) }
		);
	});

	it('throws for an invalid time, as toISOString does', () => {
		expect(() => instantText(NaN)).toThrow(RangeError);
	});
});
