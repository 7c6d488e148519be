import type { Schedule } from '../engine';
import { selectSnapshot } from '../rates';
import type { Rules } from './assembleRules';
import { rateSourceOf } from './rateSourceOf';

/** The rate snapshot a schedule prices with at instant `at` (epoch ms), or null. */
export function snapshotFor(rules: Rules, schedule: Schedule, at: number) {
	const source = rateSourceOf(rules, schedule);
	return source ? selectSnapshot(rules.rates.get(source) ?? [], at) : null;
}
