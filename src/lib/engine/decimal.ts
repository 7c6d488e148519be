import Decimal from 'decimal.js';

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

const parsed = new Map<string, Dec>();

/**
 * A decimal string from the rules as a Dec, parsed once: schedules repeat the same few
 * percents and bounds in every quote.
 */
export function dec(s: string): Dec {
	let d = parsed.get(s);
	if (d === undefined) {
		if (parsed.size > 10_000) parsed.clear();
		parsed.set(s, (d = new Dec(s)));
	}
	return d;
}

const fractions = new Map<string, Dec>();

/**
 * A percent from the rules as a fraction (`'2.5'` → 0.025), computed once. Dividing by 100 is
 * exact, so `x.times(percentOf(p))` is the same number as `x.times(p).dividedBy(100)`.
 */
export function percentOf(s: string): Dec {
	let d = fractions.get(s);
	if (d === undefined) {
		if (fractions.size > 10_000) fractions.clear();
		fractions.set(s, (d = new Dec(s).dividedBy(100)));
	}
	return d;
}
