import type { Schedule } from '../engine';
import type { Rules } from './assembleRules';

/**
 * The rate source a schedule prices with: its `rateSource`, else the folder's only source;
 * undefined when there is none to use.
 */
export function rateSourceOf(rules: Rules, schedule: Schedule): string | undefined {
	return (
		schedule.rateSource ?? (rules.rates.size === 1 ? rules.rates.keys().next().value : undefined)
	);
}
