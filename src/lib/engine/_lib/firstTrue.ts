import type { Dec } from '../decimal';
import { floorGrid } from './grid';

/**
 * The first grid point in (lo, hi] where a monotone predicate turns true, given p(lo) false and
 * p(hi) true. Starts near `guess` and gallops outwards, then bisects.
 */
export function firstTrue(
	p: (s: Dec) => boolean,
	lo: Dec,
	hi: Dec,
	places: number,
	unit: Dec,
	guess?: Dec
): Dec {
	if (guess !== undefined) {
		let g = floorGrid(guess, places);
		if (g.lessThanOrEqualTo(lo)) g = lo.plus(unit);
		if (g.greaterThanOrEqualTo(hi)) g = hi.minus(unit);
		if (g.greaterThan(lo)) {
			const up = !p(g);
			if (up) lo = g;
			else hi = g;
			for (let step = unit; hi.minus(lo).greaterThan(unit); step = step.times(2)) {
				const c = up ? lo.plus(step) : hi.minus(step);
				if (up ? c.greaterThanOrEqualTo(hi) : c.lessThanOrEqualTo(lo)) break;
				if (p(c)) hi = c;
				else lo = c;
				if (up ? hi.equals(c) : lo.equals(c)) break;
			}
		}
	}
	while (hi.minus(lo).greaterThan(unit)) {
		const m = floorGrid(lo.plus(hi).dividedBy(2), places);
		if (p(m)) hi = m;
		else lo = m;
	}
	return hi;
}
