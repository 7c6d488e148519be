import { minorUnits } from '../engine';
import { NOTICE_MESSAGES } from '../words';
import { publicSnapshot } from '../rates';
import { type Rules, selectVersion, snapshotFor } from '../schedules';
import type { EnginePayload } from '../present';

/** The minor units of every ISO 4217 code that `value` names, as a key or a string, sorted. */
export function minorUnitsIn(value: unknown): Record<string, number> {
	const codes = new Set<string>();
	const walk = (v: unknown): void => {
		if (typeof v === 'string') codes.add(v);
		else if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object')
			for (const [k, x] of Object.entries(v)) {
				codes.add(k);
				walk(x);
			}
	};
	walk(value);
	const found = [...codes].filter((c) => /^[A-Z]{3}$/.test(c) && minorUnits(c) !== undefined);
	return Object.fromEntries(found.sort().map((c) => [c, minorUnits(c)!]));
}

/**
 * What a browser needs to price schedule `id` itself at instant `at` (epoch ms): the version in
 * force, its file's SHA-256, the rate snapshot it is priced with, the minor units of every
 * currency those name (so that the widget need not carry the ISO 4217 list) and the words of the
 * engine's own notices in every locale (nor those). Null for an unknown
 * schedule or before its first version.
 *
 * @example
 * pricingAt(rules, 'wallet-standard', Date.parse('2026-06-01T00:00:00Z'))?.schedule.version // '2026-01-01'
 */
export function pricingAt(rules: Rules, id: string, at: number): EnginePayload | null {
	const chosen = selectVersion(rules.schedules.get(id) ?? [], at);
	if (!chosen) return null;
	const s = chosen.schedule;
	const found = snapshotFor(rules, s, at);
	const snapshot = found && publicSnapshot(found);
	return {
		schedule: s,
		hash: chosen.hash,
		snapshot,
		minorUnits: unitsOf(s, found, snapshot),
		noticeMessages: NOTICE_MESSAGES
	};
}

// Schedules and snapshots are immutable once loaded: their currencies are walked once per pair.
const unitsMemo = new WeakMap<object, Map<object | null, Record<string, number>>>();

function unitsOf(
	s: object,
	found: object | null,
	snapshot: EnginePayload['snapshot']
): Record<string, number> {
	let perSchedule = unitsMemo.get(s);
	if (!perSchedule) unitsMemo.set(s, (perSchedule = new Map()));
	let units = perSchedule.get(found);
	if (!units) perSchedule.set(found, (units = Object.freeze(minorUnitsIn([s, snapshot]))));
	return units;
}
