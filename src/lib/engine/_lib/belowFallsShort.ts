import { Dec } from '../decimal';
import type { Fx } from '../fxAt';

// Per fx (one per pair and margin): one send unit's worth in the target currency less one target unit.
const gaps = new WeakMap<Fx, Dec>();
const margins = new Map<number, Dec>();

/**
 * Whether g − unit, without recipient lines, is sure to convert to less than `near`, from
 * P = g × rate as decimal.js rounds it (34 digits) and without converting g − unit: that converts
 * from at most P·(1 + 2·10⁻³³) − unit × rate and rounds up by less than one target unit, so it
 * falls short when P − near < unit × rate − targetUnit − 10^(e−20), e the exponent of P (a margin
 * far wider than the roundings it covers). False when it cannot tell.
 *
 * @example
 * belowFallsShort(fx, new Dec('57551.49').times(fx.rate), new Dec('1000000.00'), unit, targetUnit) // true
 */
export function belowFallsShort(
	fx: Fx,
	product: Dec,
	near: Dec,
	unit: Dec,
	targetUnit: Dec
): boolean {
	let gap = gaps.get(fx);
	if (gap === undefined) gaps.set(fx, (gap = fx.rate.times(unit).minus(targetUnit)));
	if (!gap.isPositive()) return false;
	let margin = margins.get(product.e);
	if (margin === undefined) margins.set(product.e, (margin = new Dec(`1e${product.e - 20}`)));
	return product.minus(near).lessThan(gap.minus(margin));
}
