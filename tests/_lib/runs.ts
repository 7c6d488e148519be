/**
 * Whether this is the deep run (`npm run test:deep`, FEECALC_DEEP=1): every property gets the
 * number of runs written in its test. CI runs it on Node 24.
 */
export const DEEP = process.env.FEECALC_DEEP === '1';

/**
 * The runs a property gets: `n`, the count written in the test, in the deep run; a quarter of it
 * (at least 5) in the everyday suite, which checks the same properties against the same oracles,
 * on fewer random cases.
 *
 * @example fc.assert(property, { numRuns: runs(150) }) // 150 deep, 38 every day
 */
export function runs(n: number): number {
	return DEEP ? n : Math.max(5, Math.ceil(n / 4));
}
