import type { RateSnapshot, Schedule } from '../engine';
import type { Rules } from '../schedules';
import { calculatorResult, type CalculatorResult } from './calculatorResult';

/** One schedule version and the rate snapshot in force: enough to price in a browser. */
export interface EnginePayload {
	schedule: Schedule;
	hash: string;
	snapshot: RateSnapshot | null;
	/** The ISO 4217 minor units of every currency the schedule and the snapshot name. */
	minorUnits: Record<string, number>;
	/** The words of the engine's own notices, per locale, as the server's engine writes them. */
	noticeMessages: Record<string, Record<string, string>>;
}

/** What a page ships to the browser so it can price without asking the server. */
export interface PagePayload {
	/** The version the page shows, and the next one when it is already known. */
	versions: { schedule: Schedule; hash: string }[];
	snapshot: RateSnapshot | null;
}

/**
 * Rules holding just the page's schedule versions and rate snapshot, for pricing in the browser.
 * A snapshot of several sources (`next`) is held as the server holds it, each source under its
 * own name, so that every version finds the sources its own `rateSource` names, in its order.
 */
export function rulesOf(p: PagePayload): Rules {
	const versions = p.versions.map((v) => ({
		...v,
		file: '',
		text: '',
		effectiveFrom: Date.parse(v.schedule.effectiveFrom)
	}));
	const rates: Rules['rates'] = new Map();
	for (let s = p.snapshot; s; s = s.next ?? null) {
		const own = { ...s, file: '', time: Date.parse(s.asOf) };
		delete own.next;
		rates.set(s.source, [own]);
	}
	return { schedules: new Map([[p.versions[0].schedule.id, versions]]), rates, lint: [] };
}

/** Prices a request in the browser with the same engine and steps the server uses. */
export function priceLocally(
	rules: Rules,
	request: Record<string, string>,
	now: number
): CalculatorResult {
	return calculatorResult(rules, request, { now });
}
