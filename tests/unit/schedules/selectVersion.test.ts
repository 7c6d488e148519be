import { describe, expect, it } from 'vitest';
import { selectVersion } from '$lib/schedules';

const version = (name: string, effectiveFrom: string) => ({
	name,
	effectiveFrom: Date.parse(effectiveFrom)
});

const jan = version('2026-01-01', '2026-01-01T00:00:00+08:00');
const jul = version('2026-07-01', '2026-07-01T00:00:00+08:00');
const nov = version('2026-11-01', '2026-11-01T00:00:00Z');
// Out of order on purpose: selection goes by effectiveFrom, not by position.
const versions = [nov, jan, jul];

const t = (iso: string) => Date.parse(iso);

describe('selectVersion', () => {
	it.each([
		['long before the first', t('2020-01-01T00:00:00Z'), null],
		['one millisecond before the first', jan.effectiveFrom - 1, null],
		['exactly at the first effectiveFrom', jan.effectiveFrom, jan],
		['at the first written in another offset', t('2025-12-31T16:00:00Z'), jan],
		['between the first and second', t('2026-03-13T12:00:00Z'), jan],
		['one millisecond before the second', jul.effectiveFrom - 1, jan],
		['exactly at the second effectiveFrom', jul.effectiveFrom, jul],
		['between the second and the last', t('2026-10-31T23:59:59.999Z'), jul],
		['exactly at the last effectiveFrom', nov.effectiveFrom, nov],
		['long after the last', t('2099-01-01T00:00:00Z'), nov]
	])('selects the greatest effectiveFrom <= t %s', (_, at, expected) => {
		expect(selectVersion(versions, at)).toBe(expected);
	});

	it.each([
		['sorted', [jan, jul, nov]],
		['reversed', [nov, jul, jan]],
		['shuffled', [jul, nov, jan]]
	])('gives the same answer for %s input', (_, list) => {
		expect(selectVersion(list, t('2026-08-01T00:00:00Z'))).toBe(jul);
		expect(selectVersion(list, jan.effectiveFrom - 1)).toBeNull();
	});

	it('gives null when there are no versions', () => {
		expect(selectVersion([], t('2026-08-01T00:00:00Z'))).toBeNull();
	});

	it('gives the only version from its effectiveFrom on', () => {
		expect(selectVersion([jul], jul.effectiveFrom)).toBe(jul);
		expect(selectVersion([jul], jul.effectiveFrom - 1)).toBeNull();
	});

	it('does not mutate the versions', () => {
		const input = [nov, jan, jul];
		const copy = structuredClone(input);
		selectVersion(input, t('2026-08-01T00:00:00Z'));
		expect(input).toEqual(copy);
		expect(input[0]).toBe(nov);
		expect(input[1]).toBe(jan);
		expect(input[2]).toBe(jul);
	});
});
