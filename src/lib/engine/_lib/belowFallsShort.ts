import { Dec } from '../decimal';
import type { Fx } from '../fxAt';

// Per fx (one per pair and margin) and exponent of P: unit × rate − targetUnit − 10^(e−20).
const bounds = new WeakMap<Fx, Map<number, Dec | null>>();

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
	let perFx = bounds.get(fx);
	if (perFx === undefined) bounds.set(fx, (perFx = new Map()));
	let bound = perFx.get(product.e);
	if (bound === undefined) {
		const gap = fx.rate.times(unit).minus(targetUnit);
		bound = gap.isPositive() ? gap.minus(new Dec(`1e${product.e - 20}`)) : null;
		perFx.set(product.e, bound);
	}
	return bound !== null && product.minus(near).lessThan(bound);
}
