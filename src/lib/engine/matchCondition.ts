import type { Context, Facts } from './context';
import type { Condition, OneOrMany, Schedule } from './types';
import type { Dec } from './decimal';
import { readMoneyMap } from './readMoneyMap';

const KEYS = [
	'type',
	'funding',
	'payout',
	'profile',
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
	return true;
}

/** Whether a condition's `amount` bounds hold for the principal (read in the send currency). */
export function matchAmount(ctx: Context, when: Condition, principal: Dec): boolean {
	const a = when.amount;
	if (a === undefined) return true;
	const read = (m: NonNullable<typeof a.gte>) => readMoneyMap(ctx, m, ctx.send);
	if (a.gte && principal.lessThan(read(a.gte))) return false;
	if (a.gt && principal.lessThanOrEqualTo(read(a.gt))) return false;
	if (a.lte && principal.greaterThan(read(a.lte))) return false;
	if (a.lt && principal.greaterThanOrEqualTo(read(a.lt))) return false;
	return true;
}
