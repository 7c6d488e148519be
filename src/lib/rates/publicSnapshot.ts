import type { RateSnapshot } from '../engine';

/**
 * A snapshot as published (API answers, pages, the widget): its four fields, without what the
 * loader adds (file name, parsed time).
 *
 * @example
 * publicSnapshot({ ...snapshot, file: 'rates/ecb/2026-03-13.json', time: 0 }) // { source, base, asOf, rates }
 */
export function publicSnapshot(snapshot: RateSnapshot): RateSnapshot {
	const { source, base, asOf, rates } = snapshot;
	return { source, base, asOf, rates };
}
