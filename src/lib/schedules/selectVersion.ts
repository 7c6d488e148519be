/**
 * The version in force at instant `at` (epoch ms): the greatest `effectiveFrom <= at`, or null
 * before the first. `versions` need not be sorted.
 *
 * @example
 * selectVersion([{ effectiveFrom: 0 }, { effectiveFrom: 10 }], 5) // { effectiveFrom: 0 }
 */
export function selectVersion<T extends { effectiveFrom: number }>(
	versions: readonly T[],
	at: number
): T | null {
	let best: T | null = null;
	for (const v of versions) {
		if (v.effectiveFrom <= at && (best === null || v.effectiveFrom > best.effectiveFrom)) best = v;
	}
	return best;
}
