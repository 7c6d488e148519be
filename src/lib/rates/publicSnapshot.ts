import type { RateSnapshot } from '../engine';

/**
 * A snapshot as published (API answers, pages, the widget): its own fields in file order, and for
 * composed rates `published` and the `next` source, without what the loader adds (file name,
 * parsed time).
 *
 * @example
 * publicSnapshot({ ...snapshot, file: 'rates/ecb/2026-03-13.json', time: 0 }) // { source, base, asOf, rates }
 */
export function publicSnapshot(snapshot: RateSnapshot): RateSnapshot {
	const { source, base, asOf, quotation, table, partial, rates, published, next } = snapshot;
	return {
		source,
		base,
		asOf,
		...(quotation !== undefined && { quotation }),
		...(table !== undefined && { table }),
		...(partial !== undefined && { partial }),
		rates,
		...(published !== undefined && { published }),
		...(next !== undefined && { next: publicSnapshot(next) })
	};
}
