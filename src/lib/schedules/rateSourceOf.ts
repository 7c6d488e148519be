import type { Schedule } from '../engine';
import type { Rules } from './assembleRules';

/**
 * The rate sources a schedule prices with, in order of preference: its `rateSource` (one or a
 * list), else the folder's only source; empty when there is none to use.
 *
 * @example
 * rateSourcesOf(rules, { ...schedule, rateSource: ['ecb', 'nbp'] }) // ['ecb', 'nbp']
 */
export function rateSourcesOf(rules: Rules, schedule: Schedule): string[] {
	const named = schedule.rateSource;
	if (named !== undefined) return typeof named === 'string' ? [named] : named;
	return rules.rates.size === 1 ? [...rules.rates.keys()] : [];
}
