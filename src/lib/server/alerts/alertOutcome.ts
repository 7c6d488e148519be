import type { QuoteResult } from '../../engine';
import { conditionHolds, type AlertCondition } from './conditionHolds';

/** What a check does to one alert: tells (and disarms) it, arms it again, or leaves it. */
export type AlertOutcome = 'fire' | 'rearm' | 'keep';

/**
 * An alert's outcome for a quote (null: the request can no longer be priced): it fires when its
 * condition holds and it is armed, is armed again when its condition no longer holds.
 *
 * @example
 * alertOutcome({ condition: { totalCostPercentAtMost: '100' }, armed: true }, quote) // 'fire'
 */
export function alertOutcome(
	alert: { condition: AlertCondition; armed: boolean },
	quote: QuoteResult | null
): AlertOutcome {
	const holds = quote !== null && conditionHolds(alert.condition, quote);
	if (holds && alert.armed) return 'fire';
	if (!holds && !alert.armed) return 'rearm';
	return 'keep';
}
