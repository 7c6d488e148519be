import Decimal from 'decimal.js';
import { perText } from './_lib/perText';
import { roundWords } from './_lib/roundWords';

/** decimal128 arithmetic: 34 significant digits, half-even, never exponent notation. */
export const Dec = Decimal.clone({
	precision: 34,
	rounding: Decimal.ROUND_HALF_EVEN,
	toExpNeg: -9e15,
	toExpPos: 9e15
});

export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);

/**
 * `x.toDecimalPlaces(places, rm)`, but a value already on that grid (most amounts are: sums of
 * rounded lines, whole principals) is returned as it is rather than copied and rounded, and one
 * off it is rounded on decimal.js's words (roundWords), about three times faster.
 */
export function toPlaces(x: Dec, places: number, rm: Decimal.Rounding): Dec {
	return roundWords(x, places, rm);
}

/**
 * A decimal string from the rules as a Dec, parsed once: schedules repeat the same few
 * percents and bounds in every quote.
 */
export const dec = perText((s) => new Dec(s));

/**
 * A percent from the rules as a fraction (`'2.5'` → 0.025), computed once. Dividing by 100 is
 * exact, so `x.times(percentOf(p))` is the same number as `x.times(p).dividedBy(100)`.
 */
export const percentOf = perText((s) => new Dec(s).dividedBy(100));
