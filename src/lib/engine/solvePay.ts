import type { Context } from './context';
import type { PricedComponent } from './priceComponent';
import type { Solved } from './priceAt';
import type { Dec } from './decimal';
import { floorGrid, maxPrincipal } from './_lib/grid';
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
 * the components whose amount bounds hold are the same all through it. Its first probe is its
 * end b; then P − fees(b), which fees that do not fall as S rises keep at
 * or under the answer, so the search starts from a bracket a few units wide.
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
		const fb = f(b);
		if (!over(fb)) return solved(b);
		const bracket = bracketOf(f, over, a, b, fb, floorGrid(pay.minus(fb).plus(b), places), unit);
		if (bracket === null) continue;
		return solved(searchByValue(f, over, pay, bracket, places, unit).minus(unit));
	}
	return null;
}

/** (lo, hi] around the first principal over P in [a, b], given f(b) over; null if f(a) is over. */
function bracketOf(
	f: (s: Dec) => Dec,
	over: (v: Dec) => boolean,
	a: Dec,
	b: Dec,
	fb: Dec,
	guess: Dec,
	unit: Dec
): Bracket | null {
	let [hi, fhi] = [b, fb];
	const g = guess.greaterThanOrEqualTo(b) ? b.minus(unit) : guess;
	if (g.greaterThan(a)) {
		const fg = f(g);
		if (!over(fg)) return { lo: g, flo: fg, hi, fhi };
		[hi, fhi] = [g, fg];
	}
	const fa = f(a);
	return over(fa) ? null : { lo: a, flo: fa, hi, fhi };
}
