import type { Dec } from '../decimal';
import { ceilGrid } from './grid';
import { searchByValue, type Bracket } from './searchByValue';

/**
 * The first grid point in [a, b] where u (never falling) reaches `near`, or null, from a guess
 * g of it in [a, b]: g and the point below it when g reaches; else beyond g, on the line through
 * the origin and u(g) (which fixed lines and minimums put at or past the answer), then b.
 */
export function firstNear(
	u: (s: Dec) => Dec,
	near: Dec,
	[a, b, g]: [Dec, Dec, Dec],
	places: number,
	unit: Dec
): Dec | null {
	const ug = u(g);
	if (ug.greaterThanOrEqualTo(near)) {
		if (!g.greaterThan(a)) return g;
		const below = g.minus(unit);
		const ub = u(below);
		if (!ub.greaterThanOrEqualTo(near)) return g;
		if (!below.greaterThan(a)) return below;
		const ua = u(a);
		return ua.greaterThanOrEqualTo(near)
			? a
			: search(u, near, { lo: a, flo: ua, hi: below, fhi: ub }, places, unit);
	}
	let [lo, flo] = [g, ug];
	if (ug.greaterThan(0)) {
		const g2 = ceilGrid(g.times(near).dividedBy(ug), places);
		if (g2.greaterThan(g) && g2.lessThan(b)) {
			const u2 = u(g2);
			if (u2.greaterThanOrEqualTo(near))
				return search(u, near, { lo, flo, hi: g2, fhi: u2 }, places, unit);
			[lo, flo] = [g2, u2];
		}
	}
	if (!lo.lessThan(b)) return null;
	const ub = u(b);
	return ub.greaterThanOrEqualTo(near)
		? search(u, near, { lo, flo, hi: b, fhi: ub }, places, unit)
		: null;
}

/** The first grid point in (lo, hi] where u reaches `near`. */
function search(u: (s: Dec) => Dec, near: Dec, br: Bracket, places: number, unit: Dec): Dec {
	return searchByValue(u, (v) => v.greaterThanOrEqualTo(near), near, br, places, unit);
}
