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
