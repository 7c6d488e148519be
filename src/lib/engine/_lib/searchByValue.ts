import type { Dec } from '../decimal';
import { firstTrue } from './firstTrue';
import { floorGrid } from './grid';

export interface Bracket {
	lo: Dec;
	flo: Dec;
	hi: Dec;
	fhi: Dec;
}

/**
 * The first grid point in (lo, hi] where `done(f(s))` holds, for f monotone on [lo, hi] with
 * done(flo) false and done(fhi) true. Interpolates towards `target` (f is close to linear between
 * breakpoints), gallops a few steps around the guess, and repeats; bisects what is left.
 */
export function searchByValue(
	f: (s: Dec) => Dec,
	done: (v: Dec) => boolean,
	target: Dec,
	b: Bracket,
	places: number,
	unit: Dec
): Dec {
	let { lo, flo, hi, fhi } = b;
	const probe = (s: Dec): boolean => {
		const v = f(s);
		const d = done(v);
		if (d) [hi, fhi] = [s, v];
		else [lo, flo] = [s, v];
		return d;
	};
	for (let round = 0; round < 6; round++) {
		const width = hi.minus(lo);
		if (!width.greaterThan(unit)) return hi;
		if (round > 0 && !width.greaterThan(unit.times(8))) break;
		const guess = lo.plus(target.minus(flo).times(width).dividedBy(fhi.minus(flo)));
		let s = floorGrid(guess, places);
		if (!s.greaterThan(lo)) s = lo.plus(unit);
		else if (!s.lessThan(hi)) s = hi.minus(unit);
		const up = !probe(s);
		// Grid points strictly inside (lo, hi) only: none is left once they are one unit apart.
		for (let i = 0, step = unit; i < 3; i++) {
			const c = up ? lo.plus(step) : hi.minus(step);
			if (up ? !c.lessThan(hi) : !c.greaterThan(lo)) break;
			if (probe(c) === up) break;
			if (i < 2) step = step.times(2);
		}
	}
	return firstTrue((s) => probe(s), lo, hi, places, unit);
}
