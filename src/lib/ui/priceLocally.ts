import type { QuoteResult, RateSnapshot, Schedule } from '../engine';
import type { RequestIssue } from '../quoting';
import type { Rules } from '../schedules';
import { quote } from '../quoting';

/** What a page ships to the browser so it can price without asking the server. */
export interface EnginePayload {
	schedule: Schedule;
	hash: string;
	snapshot: RateSnapshot | null;
}

/** Rules holding just one schedule version and one snapshot, for pricing in the browser. */
export function rulesOf(p: EnginePayload): Rules {
	const version = {
		schedule: p.schedule,
		hash: p.hash,
		file: '',
		text: '',
		effectiveFrom: Date.parse(p.schedule.effectiveFrom)
	};
	const rates: Rules['rates'] = new Map();
	if (p.snapshot)
		rates.set(p.snapshot.source, [{ ...p.snapshot, file: '', time: Date.parse(p.snapshot.asOf) }]);
	return { schedules: new Map([[p.schedule.id, [version]]]), rates, lint: [] };
}

/** Prices a request with the same engine the server uses. */
export function priceLocally(
	rules: Rules,
	request: Record<string, string>,
	now: number
): { quote: QuoteResult | null; issues: RequestIssue[] } {
	const out = quote(
		rules,
		{ ...request, version: rules.schedules.values().next().value![0].schedule.version },
		now
	);
	return out.ok ? { quote: out.quote, issues: [] } : { quote: null, issues: out.issues };
}
