import type Decimal from 'decimal.js';
import type { Rounding } from './types';
import { Dec, toPlaces } from './decimal';

const MODES: Record<Rounding, Decimal.Rounding> = {
	'half-up': Dec.ROUND_HALF_UP,
	'half-even': Dec.ROUND_HALF_EVEN,
	down: Dec.ROUND_DOWN,
	up: Dec.ROUND_UP
};

/**
 * Rounds to `places` decimals with one of the schedule's rounding modes.
 *
 * @example
 * roundTo(new Dec('2.345'), 2, 'half-even').toString() // '2.34'
 */
export function roundTo(value: Dec, places: number, mode: Rounding): Dec {
	return toPlaces(value, places, MODES[mode]);
}
