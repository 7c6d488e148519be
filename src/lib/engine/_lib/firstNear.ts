import type { Dec } from '../decimal';
import { ceilGrid } from './grid';
import { searchByValue, type Bracket } from './searchByValue';

/**
 * The first grid point in [a, b] where u (never falling) reaches `near` (passes it, with
 * `past`), or null, from a guess g of it in [a, b]: g and the point below it when g reaches;
 * else beyond g, on the line through the origin and u(g) (which fixed lines and minimums put at
 * or past the answer), then b.
 */
export function firstNear(
	u: (s: Dec) => Dec,
	near: Dec,
	[a, b, g]: [Dec, Dec, Dec],
	places: number,
	unit: Dec,
	past = false
): Dec | null {
	const done = (v: Dec) => (past ? v.greaterThan(near) : v.greaterThanOrEqualTo(near));
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
