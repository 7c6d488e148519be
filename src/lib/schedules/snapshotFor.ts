import type { RateSnapshot, Schedule } from '../engine';
import { chainSources, ratesInForce } from '../rates';
import type { Rules } from './assembleRules';
import { rateSourcesOf } from './rateSourceOf';

/**
 * The rates a schedule prices with at instant `at` (epoch ms): of each of its sources, in order,
 * the rates in force (`ratesInForce`), chained by `next`; null when none has a snapshot yet.
 */
export function snapshotFor(rules: Rules, schedule: Schedule, at: number): RateSnapshot | null {
	const inForce: RateSnapshot[] = [];
	for (const source of rateSourcesOf(rules, schedule)) {
		const found = ratesInForce(rules.rates.get(source) ?? [], at);
		if (found) inForce.push(found);
	}
	return chainSources(inForce);
}
