import type { Context } from './context';
import { ONE, type Dec } from './decimal';
import { ceilGrid, clampTo, floorGrid, maxPrincipal } from './_lib/grid';
import { firstTrue } from './_lib/firstTrue';
import { firstNear } from './_lib/firstNear';
import { exponentOf, unitOf } from './minorUnits';
import { pieces } from './pieces';
import { firstAtGuess, GUESS_FIRST } from './_lib/firstAtGuess';
import { fxAt, type Fx } from './fxAt';
import { matchingAt, recipientAt, unroundedReceivedAt, type Solved } from './priceAt';

/**
 * The smallest principal S on the send currency's grid with received(S) >= R, or null, with
 * what arrives there.
 *
 * Within a piece (no amount threshold or tier bracket inside) the lines depend on S only through
 * the converted amount, and what arrives before the lines are rounded never falls as S rises.
 * Each of the k recipient lines there rounds by less than one minor unit, so the answer lies
 * where that unrounded amount is above R − k units (with no line, at R or above) and below
 * R + k units: found by search from the principal that converts to R − k units, then checked
 * converted amount by converted amount. A piece whose unrounded amount never passes R − k units
 * (a fee of 100 %) is skipped without a walk through it. Pieces are tried lowest first, from a
 * lower bound no principal below which can reach R.
 */
export function solveReceive(ctx: Context, receive: Dec): Solved | null {
	const places = exponentOf(ctx.send);
	const unit = unitOf(ctx.send);
	const targetUnit = unitOf(ctx.target);
	const max = maxPrincipal(places);
	const starts = pieces(ctx, 'recipient', unit, max);
	// Pieces wholly below the bound are skipped; with one piece it is not needed.
	const bound = starts.length > 1 ? lowerBound(ctx, receive) : null;
	for (const [i, start] of starts.entries()) {
		const b = i + 1 < starts.length ? starts[i + 1].minus(unit) : max;
		if (bound && b.lessThan(bound)) continue;
		const a = bound && start.lessThan(bound) ? bound : start;
		const fx = fxAt(ctx, a);
		const comps = matchingAt(ctx, ctx.recipient, a);
		// The lines of this piece, k of them.
		const k = comps.length;
		const near = k === 0 ? receive : receive.minus(targetUnit.times(k));
		const tried: Tried[] = [];
		// What arrives with the lines unrounded, each principal priced noted in `tried`.
		const u = (x: Dec) => {
			const { converted, unrounded } = unroundedReceivedAt(ctx, x, fx, comps);
			tried.push({ s: x, converted });
			return unrounded;
		};
		const g = clampTo(ceilGrid(fx ? near.times(fx.inverse) : near, places), a, b);
		const s =
			(GUESS_FIRST && k === 0 && fx && firstAtGuess(ctx, fx, g, near, tried)) ||
			firstNear(u, near, [a, b, g], places, unit, k > 0);
		if (s === null) continue;
		const found = checkUp(ctx, receive, s, b, fx, tried);
		if (found) return found;
	}
	return null;
}

/**
 * A principal below which none can receive R: converted ≤ S × rate + one unit, rate ≤ mid, and
 * lines ≥ 0. Times the mid rate back rather than divided by it: the unit taken off covers the
 * difference.
 */
function lowerBound(ctx: Context, receive: Dec): Dec {
	const places = exponentOf(ctx.send);
	const back = ctx.send === ctx.target ? ONE : ctx.mid(ctx.target, ctx.send);
	const x = receive.minus(unitOf(ctx.target)).times(back);
	return floorGrid(x, places).minus(unitOf(ctx.send));
}

/** A principal the search priced, and what it converts to. */
interface Tried {
	s: Dec;
	converted: Dec;
}

/**
 * From s up to b, the first principal where what arrives, rounded, reaches R; or null. What s
 * converts to is taken from the search when it priced s.
 */
function checkUp(
	ctx: Context,
	receive: Dec,
	s: Dec,
	b: Dec,
	fx: Fx | null,
	tried: Tried[]
): Solved | null {
	const places = exponentOf(ctx.send);
	const unit = unitOf(ctx.send);
	const targetUnit = unitOf(ctx.target);
	for (;;) {
		const at = s;
		const here = recipientAt(
			ctx,
			s,
			fx,
			tried.findLast((t) => t.s === at || t.s.equals(at))?.converted
		);
		if (here.received.greaterThanOrEqualTo(receive)) return { s, recipient: here };
		if (s.greaterThanOrEqualTo(b)) return null;
		// The next principal that converts to more: the lines can only change there.
		const more = (x: Dec) => unroundedReceivedAt(ctx, x, fx).converted.greaterThan(here.converted);
		if (!more(b)) return null;
		const step = fx ? targetUnit.times(fx.inverse) : targetUnit;
		s = firstTrue(more, s, b, places, unit, s.plus(step));
	}
}
