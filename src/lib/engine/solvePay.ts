import type { Context } from './context';
import type { PricedComponent } from './priceComponent';
import type { Solved } from './priceAt';
import type { Component } from './types';
import { ONE, ZERO, percentOf, type Dec } from './decimal';
import { readMoneyMap } from './readMoneyMap';
import { clampTo, floorGrid, maxPrincipal } from './_lib/grid';
import { searchByValue, type Bracket } from './_lib/searchByValue';
import { exponentOf, unitOf } from './minorUnits';
import { pieces } from './pieces';
import { matchingAt, senderLinesAt } from './priceAt';
import { sumAmounts } from './priceComponent';

/**
 * The largest principal S on the send currency's grid with S + sender lines(S) <= P, or null,
 * with the sender lines there when a probe priced them.
 *
 * Within a piece the total rises strictly with S, so each piece is searched once, highest first;
 * the components whose amount bounds hold are the same all through it. Its first probe is where
 * the lines' percents and fixed parts alone would make the total P, and the second its neighbour
 * towards the answer: with no bound, tier or allowance in play the two settle it. Otherwise, from
 * a probe m over P, P − fees(m), which fees that do not fall as S rises keep at or under the
 * answer, starts the search from a bracket a few units wide.
 */
export function solvePay(ctx: Context, pay: Dec): Solved | null {
	const places = exponentOf(ctx.send);
	const unit = unitOf(ctx.send);
	const max = maxPrincipal(places);
	const hi = pay.lessThan(max) ? pay : max;
	if (hi.lessThan(unit)) return null;
	const starts = pieces(ctx, 'sender', unit, hi);
	const over = (v: Dec) => v.greaterThan(pay);
	// The highest principal priced that fits, with its lines: the answer, once found, is one.
	let fits: { s: Dec; lines: PricedComponent[] } | null = null;
	let comps = ctx.sender;
	const f = (s: Dec) => {
		const lines = senderLinesAt(ctx, s, comps);
		const total = s.plus(sumAmounts(lines));
		if (!over(total) && (fits === null || s.greaterThan(fits.s))) fits = { s, lines };
		return total;
	};
	// The principal found, with its lines when a probe priced it.
	const solved = (s: Dec): Solved => ({ s, sender: fits?.s.equals(s) ? fits.lines : undefined });
	for (let i = starts.length - 1; i >= 0; i--) {
		const a = starts[i];
		const b = i + 1 < starts.length ? starts[i + 1].minus(unit) : hi;
		comps = matchingAt(ctx, ctx.sender, a);
		// First the principal where the lines' percents and fixed parts, unclamped and unrounded,
		// would make the total P; it and a neighbour settle most requests, and the search that
		// follows otherwise starts from both.
		const m = linearGuess(ctx, comps, pay, a, b, places);
		const fm = f(m);
		let bracket: Bracket | null;
		if (over(fm)) {
			if (m.equals(a)) continue;
			const l = m.minus(unit);
			const fl = f(l);
			if (!over(fl)) return solved(l);
			bracket = bracketOf(f, over, a, l, fl, floorGrid(pay.minus(fl).plus(l), places));
		} else {
			if (m.equals(b)) return solved(b);
			const n = m.plus(unit);
			const fn = f(n);
			if (over(fn)) return solved(m);
			const fb = f(b);
			if (!over(fb)) return solved(b);
			bracket = { lo: n, flo: fn, hi: b, fhi: fb };
		}
		if (bracket) return solved(searchByValue(f, over, pay, bracket, places, unit).minus(unit));
	}
	return null;
}

/**
 * The grid point in [a, b] nearest below (P − fixed) / (1 + percent), the sums over `comps` of
 * their percents and fixed parts: where the total would be P with no bound, tier or allowance.
 */
function linearGuess(
	ctx: Context,
	comps: Component[],
	pay: Dec,
	a: Dec,
	b: Dec,
	places: number
): Dec {
	let slope = ONE;
	let fixed = ZERO;
	for (const c of comps) {
		if (c.percent) slope = slope.plus(percentOf(c.percent));
		if (c.fixed) fixed = fixed.plus(readMoneyMap(ctx, c.fixed, ctx.send));
	}
	return clampTo(floorGrid(pay.minus(fixed).dividedBy(slope), places), a, b);
}

/**
 * (lo, hi] around the first principal over P in [a, hi], given f(hi) over; null if f(a) is over.
 * The guess g, P − fees(hi), is under hi (f(hi) = hi + fees(hi) is over P) and fits when fees do not
 * fall as S rises.
 */
function bracketOf(
	f: (s: Dec) => Dec,
	over: (v: Dec) => boolean,
	a: Dec,
	hi: Dec,
	fhi: Dec,
	g: Dec
): Bracket | null {
	if (g.greaterThan(a)) {
		const fg = f(g);
		if (!over(fg)) return { lo: g, flo: fg, hi, fhi };
		[hi, fhi] = [g, fg];
	}
	const fa = f(a);
	return over(fa) ? null : { lo: a, flo: fa, hi, fhi };
}
