import { describe, expect, it } from 'vitest';
import { selectSnapshot } from '$lib/rates';
import type { RateSnapshot } from '$lib/engine';

const snapshot = (asOf: string, usd: string): RateSnapshot => ({
	source: 'ecb',
	base: 'EUR',
	asOf,
	rates: { USD: usd }
});

const mar12 = snapshot('2026-03-12T16:00:00+01:00', '1.1400');
const mar13 = snapshot('2026-03-13T16:00:00+01:00', '1.1476');
const mar16 = snapshot('2026-03-16T15:00:00Z', '1.1500');
// Out of order on purpose: selection goes by asOf, not by position.
const snapshots = [mar13, mar16, mar12];

describe('selectSnapshot', () => {
	it.each([
		['before the first snapshot', '2026-03-12T14:59:59.999Z', null],
		['exactly at the first asOf', '2026-03-12T16:00:00+01:00', mar12],
		['at the first asOf written with another offset', '2026-03-12T15:00:00Z', mar12],
		['between the first and second', '2026-03-13T09:00:00Z', mar12],
		['one millisecond before the second', '2026-03-13T14:59:59.999Z', mar12],
		['exactly at the second asOf', '2026-03-13T15:00:00Z', mar13],
		['over the weekend', '2026-03-15T12:00:00+08:00', mar13],
		['exactly at the last asOf', '2026-03-16T16:00:00+01:00', mar16],
		['long after the last', '2030-01-01T00:00:00Z', mar16]
	])('selects by instant %s', (_, at, expected) => {
		expect(selectSnapshot(snapshots, at)).toBe(expected);
	});

	it.each([
		['before the first', Date.parse('2026-03-12T15:00:00Z') - 1, null],
		['exactly at an asOf', Date.parse('2026-03-13T15:00:00Z'), mar13],
		['after the last', Date.parse('2026-03-16T15:00:00Z') + 1, mar16]
	])('selects by epoch milliseconds %s', (_, at, expected) => {
		expect(selectSnapshot(snapshots, at)).toBe(expected);
	});

	it('gives null when there are no snapshots', () => {
		expect(selectSnapshot([], '2026-03-13T16:00:00Z')).toBeNull();
	});

	it('keeps the earlier in the array when two share an instant', () => {
		const twin = snapshot('2026-03-13T15:00:00Z', '9.9999');
		expect(selectSnapshot([mar13, twin], '2026-03-14T00:00:00Z')).toBe(mar13);
		expect(selectSnapshot([twin, mar13], '2026-03-14T00:00:00Z')).toBe(twin);
	});

	it.each([
		['a date without a time', '2026-03-13'],
		['a time without an offset', '2026-03-13T16:00:00'],
		['text', 'now'],
		['NaN', Number.NaN],
		['Infinity', Number.POSITIVE_INFINITY]
	])('throws on %s, which is not an instant', (_, at) => {
		expect(() => selectSnapshot(snapshots, at)).toThrow(RangeError);
	});

	it('throws on a snapshot whose asOf is not an instant', () => {
		expect(() => selectSnapshot([snapshot('2026-03-13', '1')], '2026-03-14T00:00:00Z')).toThrow(
			RangeError
		);
	});

	it('does not mutate its inputs', () => {
		const input = [mar13, mar16, mar12];
		const copy = structuredClone(input);
		selectSnapshot(input, '2026-03-14T00:00:00Z');
		expect(input).toEqual(copy);
		expect(input[0]).toBe(mar13);
	});
});
