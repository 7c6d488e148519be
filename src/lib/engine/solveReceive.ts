import type { Context } from './context';
import { ONE, type Dec } from './decimal';
import { ceilGrid, floorGrid, maxPrincipal } from './_lib/grid';
import { firstTrue } from './_lib/firstTrue';
import { searchByValue, type Bracket } from './_lib/searchByValue';
import { exponentOf, unitOf } from './minorUnits';
import { pieces } from './pieces';
import {
	fxAt,
	matchingAt,
	recipientAt,
	unroundedReceivedAt,
	type Fx,
	type Solved
} from './priceAt';

/**
 * The smallest principal S on the send currency's grid with received(S) >= R, or null, with
 * what arrives there.
 *
 * Within a piece (no amount threshold or tier bracket inside) the lines depend on S only through
 * the converted amount, and what arrives before the lines are rounded never falls as S rises.
 * Each of the k recipient lines rounds by at most one minor unit, so the answer lies where that
 * unrounded amount is between R − k units and R + k units: found by search from the principal
 * that converts to R − k units, then checked converted amount by converted amount. Pieces are
 * tried lowest first, from a lower bound no principal below which can reach R.
 */
export function solveReceive(ctx: Context, receive: Dec): Solved | null {
	const places = exponentOf(ctx.send);
	const unit = unitOf(ctx.send);
	const targetUnit = unitOf(ctx.target);
	const max = maxPrincipal(places);
	// Times the mid rate back rather than divided by it: the unit taken off covers the difference.
	const back = ctx.send === ctx.target ? ONE : ctx.mid(ctx.target, ctx.send);
	const bound = floorGrid(receive.minus(targetUnit).times(back), places).minus(unit);
	const near = receive.minus(targetUnit.times(ctx.recipient.length));
	const starts = pieces(ctx, 'recipient', unit, max);
	for (const [i, start] of starts.entries()) {
		const b = i + 1 < starts.length ? starts[i + 1].minus(unit) : max;
		if (b.lessThan(bound)) continue;
		const a = start.lessThan(bound) ? bound : start;
		const fx = fxAt(ctx, a);
		const comps = matchingAt(ctx, ctx.recipient, a);
		const u = (s: Dec) => unroundedReceivedAt(ctx, s, fx, comps).unrounded;
		const guess = ceilGrid(fx ? near.times(fx.inverse) : near, places);
		const g = guess.lessThan(a) ? a : guess.greaterThan(b) ? b : guess;
		const s = firstNear(u, near, [a, b, g], places, unit);
		if (s === null) continue;
		const found = checkUp(ctx, receive, s, b, fx);
		if (found) return found;
	}
	return null;
}

/**
 * The first grid point in [a, b] where u (never falling) reaches `near`, or null, from a guess
 * g of it in [a, b]: g and the point below it when g reaches; else beyond g, on the line through
 * the origin and u(g) (which fixed lines and minimums put at or past the answer), then b.
 */
function firstNear(
	u: (s: Dec) => Dec,
	near: Dec,
	[a, b, g]: [Dec, Dec, Dec],
	places: number,
	unit: Dec
): Dec | null {
	const done = (v: Dec) => v.greaterThanOrEqualTo(near);
	const search = (br: Bracket) => searchByValue(u, done, near, br, places, unit);
	const ug = u(g);
	if (done(ug)) {
		if (!g.greaterThan(a)) return g;
		const below = g.minus(unit);
		const ub = u(below);
		if (!done(ub)) return g;
		if (!below.greaterThan(a)) return below;
		const ua = u(a);
		return done(ua) ? a : search({ lo: a, flo: ua, hi: below, fhi: ub });
	}
	let [lo, flo] = [g, ug];
	if (ug.greaterThan(0)) {
		const g2 = ceilGrid(g.times(near).dividedBy(ug), places);
		if (g2.greaterThan(g) && g2.lessThan(b)) {
			const u2 = u(g2);
			if (done(u2)) return search({ lo, flo, hi: g2, fhi: u2 });
			[lo, flo] = [g2, u2];
		}
	}
	if (!lo.lessThan(b)) return null;
	const ub = u(b);
	return done(ub) ? search({ lo, flo, hi: b, fhi: ub }) : null;
}

/** From s up to b, the first principal where what arrives, rounded, reaches R; or null. */
function checkUp(ctx: Context, receive: Dec, s: Dec, b: Dec, fx: Fx | null): Solved | null {
	const places = exponentOf(ctx.send);
	const unit = unitOf(ctx.send);
	const targetUnit = unitOf(ctx.target);
	for (;;) {
		const here = recipientAt(ctx, s);
		if (here.received.greaterThanOrEqualTo(receive)) return { s, recipient: here };
		if (s.greaterThanOrEqualTo(b)) return null;
		// The next principal that converts to more: the lines can only change there.
		const more = (x: Dec) => unroundedReceivedAt(ctx, x, fx).converted.greaterThan(here.converted);
		if (!more(b)) return null;
		const step = fx ? targetUnit.times(fx.inverse) : targetUnit;
		s = firstTrue(more, s, b, places, unit, s.plus(step));
	}
}
