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
		if (done(v)) [hi, fhi] = [s, v];
		else [lo, flo] = [s, v];
		return done(v);
	};
	for (let round = 0; round < 6 && hi.minus(lo).greaterThan(unit); round++) {
		const width = hi.minus(lo);
		const guess = lo.plus(target.minus(flo).times(width).dividedBy(fhi.minus(flo)));
		let s = floorGrid(guess, places);
		if (s.lessThanOrEqualTo(lo)) s = lo.plus(unit);
		if (s.greaterThanOrEqualTo(hi)) s = hi.minus(unit);
		const up = !probe(s);
		let step = unit;
		for (let i = 0; i < 3 && hi.minus(lo).greaterThan(unit); i++, step = step.times(2)) {
			const c = up ? lo.plus(step) : hi.minus(step);
			if (c.lessThanOrEqualTo(lo) || c.greaterThanOrEqualTo(hi)) break;
			if (probe(c) === up) break;
		}
		if (hi.minus(lo).lessThanOrEqualTo(unit.times(8))) break;
	}
	return firstTrue((s) => probe(s), lo, hi, places, unit);
}
