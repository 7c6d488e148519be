import { Dec } from '../decimal';

const scales: Dec[] = [];

/** Whether decimal.js's words of a value are two, holding seven significant digits or fewer. */
function twoWordsOfSeven(d: readonly number[] | undefined): boolean {
	if (!d || d.length !== 2) return false;
	// The last word is not zero (decimal.js drops zero words at the end); its trailing zeros are not digits.
	let last = d[1];
	let digits = 7;
	for (; last % 10 === 0; last /= 10) digits--;
	return String(d[0]).length + digits <= 7;
}

/**
 * `x.dividedBy(y)`, the same number. decimal.js divides by a divisor of one base-1e7 word in a
 * short loop and by a longer one in long division, five times slower; a divisor of at most seven
 * significant digits that spans two words (57551.49) is one word once both sides are scaled by
 * the same power of ten, which is exact, and so is the quotient of the scaled pair: the same
 * exact ratio, rounded once to the same precision.
 *
 * @example
 * quotient(new Dec('1456.28725'), new Dec('57551.49')).equals(new Dec('1456.28725').dividedBy('57551.49')) // true
 */
export function quotient(x: Dec, y: Dec): Dec {
	const places = twoWordsOfSeven(y.d) ? y.decimalPlaces() : 0;
	if (places === 0) return x.dividedBy(y);
	const scale = (scales[places] ??= new Dec(10).pow(places));
	return x.times(scale).dividedBy(y.times(scale));
}
