import type { Facts } from './context';
import type { Condition, CountCondition, OneOrMany, Schedule } from './types';
import { inWindow } from './weekWindow';

const KEYS = [
	'type',
	'funding',
	'payout',
	'profile',
	'speed',
	'currency',
	'targetCurrency',
	'scope'
] as const;

function anyOf<T>(value: OneOrMany<T>, test: (v: T) => boolean): boolean {
	return Array.isArray(value) ? value.some(test) : test(value as T);
}

function countryMatches(schedule: Schedule, wanted: string, country: string): boolean {
	if (wanted.startsWith('@'))
		return schedule.regions?.[wanted.slice(1)]?.includes(country) ?? false;
	return wanted === country;
}

function countHolds(c: CountCondition, n: number): boolean {
	if (c.gte !== undefined && n < c.gte) return false;
	if (c.gt !== undefined && n <= c.gt) return false;
	if (c.lte !== undefined && n > c.lte) return false;
	if (c.lt !== undefined && n >= c.lt) return false;
	return true;
}

/** Whether every key of a condition other than `amount` matches the facts. */
export function matchFacts(schedule: Schedule, when: Condition, facts: Facts): boolean {
	for (const key of KEYS) {
		const want = when[key];
		if (want === undefined) continue;
		const have = facts[key];
		if (have === null || !anyOf<string>(want, (w) => w === have)) return false;
	}
	for (const key of ['origin', 'destination'] as const) {
		const want = when[key];
		if (want !== undefined && !anyOf(want, (w) => countryMatches(schedule, w, facts[key])))
			return false;
	}
	const t = when.transfersThisPeriod;
	if (t !== undefined && !anyOf(t, (c) => countHolds(c, facts.transfersThisPeriod))) return false;
	if (when.window !== undefined && !anyOf(when.window, (w) => inWindow(w, facts.at))) return false;
	return true;
}
