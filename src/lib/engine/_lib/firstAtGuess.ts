import type { Context } from '../context';
import type { Dec } from '../decimal';
import type { Fx } from '../fxAt';
import { exponentOf, unitOf } from '../minorUnits';
import { roundTo } from '../roundTo';
import { belowFallsShort } from './belowFallsShort';

/** Whether the solver tries firstAtGuess (the widget's build leaves it out: false there). */
export const GUESS_FIRST = true;

/**
 * The guess g when, without recipient lines, it converts to `near` or more and g − unit surely to
 * less (`belowFallsShort`): then it is the first principal that does, with no search. Else null.
 * What g converts to is noted in `tried`, for the search to take up.
 *
 * @example
 * firstAtGuess(ctx, fx, new Dec('57551.49'), new Dec('1000000.00'), []) // 57551.49
 */
export function firstAtGuess(
	ctx: Context,
	fx: Fx,
	g: Dec,
	near: Dec,
	tried: { s: Dec; converted: Dec }[]
): Dec | null {
	const product = g.times(fx.rate);
	const converted = roundTo(product, exponentOf(ctx.target), ctx.conversionRounding);
	tried.push({ s: g, converted });
	if (!converted.greaterThanOrEqualTo(near)) return null;
	return belowFallsShort(fx, product, near, unitOf(ctx.send), unitOf(ctx.target)) ? g : null;
}
