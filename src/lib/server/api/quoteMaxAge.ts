import type { QuoteResult } from '../../engine';
import type { Rules } from '../../schedules';
import { nextWindowChange, windowsOf } from '../../engine';
import { rateSourcesOf } from '../../schedules';

/** The longest a quote may be cached, in seconds: one day. */
export const MAX_AGE_CAP = 86_400;

/**
 * How many seconds a quote stays the right answer to its request: until the next schedule
 * version (unless the request fixed the version) or the next snapshot of its rate source takes
 * effect after the quote's `at`, or (unless it fixed `at`) a window of the schedule opens or closes
 * or its rates turn stale, at most a day. A request that fixed both `at` and `version`
 * always gets the same answer: the cap.
 *
 * @example
 * quoteMaxAge(rules, q, { at: false, version: false }) // 3600 when the next snapshot is an hour away
 */
export function quoteMaxAge(
	rules: Rules,
	q: QuoteResult,
	fixed: { at: boolean; version: boolean }
): number {
	if (fixed.at && fixed.version) return MAX_AGE_CAP;
	const at = Date.parse(q.request.at);
	const versions = rules.schedules.get(q.schedule.id) ?? [];
	const used = versions.find((v) => v.schedule.version === q.schedule.version);
	const sources = used ? rateSourcesOf(rules, used.schedule) : [];
	let next = Infinity;
	const consider = (t: number) => {
		if (t > at && t < next) next = t;
	};
	if (!fixed.version) for (const v of versions) consider(v.effectiveFrom);
	for (const source of sources) for (const s of rules.rates.get(source) ?? []) consider(s.time);
	// Windows open and close, and the rates turn stale, as time passes at the same request.
	if (used && !fixed.at) {
		for (const w of windowsOf(used.schedule)) consider(nextWindowChange(w, at));
		const hours = used.schedule.rateMaxAgeHours;
		if (hours !== undefined && q.rates) consider(Date.parse(q.rates.asOf) + hours * 3_600_000 + 1);
	}
	return Math.max(0, Math.min(MAX_AGE_CAP, Math.floor((next - at) / 1000)));
}
