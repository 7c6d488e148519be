import type { QuoteResult, RateSnapshot } from '../../engine';
import { snapshotFor, type Rules } from '../../schedules';

/**
 * The rates a quote was priced with: those its schedule version prices with at the quote's
 * instant (of every source, chained), or null for a quote without rates.
 */
export function ratesOfQuote(rules: Rules, q: QuoteResult): RateSnapshot | null {
	if (!q.rates) return null;
	const version = rules.schedules
		.get(q.schedule.id)
		?.find((v) => v.schedule.version === q.schedule.version);
	return version ? snapshotFor(rules, version.schedule, Date.parse(q.request.at)) : null;
}
