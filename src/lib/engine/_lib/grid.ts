import { Dec, toPlaces } from '../decimal';

/** The largest grid point <= x. */
export function floorGrid(x: Dec, places: number): Dec {
	return toPlaces(x, places, Dec.ROUND_FLOOR);
}

/** The smallest grid point >= x. */
export function ceilGrid(x: Dec, places: number): Dec {
	return toPlaces(x, places, Dec.ROUND_CEIL);
}

/** x, or the nearer end of [a, b] when x is outside it. */
export function clampTo(x: Dec, a: Dec, b: Dec): Dec {
	return x.lessThan(a) ? a : x.greaterThan(b) ? b : x;
}

const maxima: Dec[] = [];

/** The largest principal: 15 integer digits, all nines; made once per number of places. */
export function maxPrincipal(places: number): Dec {
	return (maxima[places] ??= new Dec(10).pow(15).minus(new Dec(10).pow(-places)));
}
