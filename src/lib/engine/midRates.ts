import type { QuoteRates, RatePublication, RateSnapshot } from './types';
import { Dec, ONE } from './decimal';
import { NoRateError } from './errors';

export type MidRate = (from: string, to: string) => Dec;

// Snapshots are immutable once loaded, so their mid rates are computed once.
const memo = new WeakMap<RateSnapshot, MidRate>();

const holds = (s: RateSnapshot, c: string) => c === s.base || Object.hasOwn(s.rates, c);

/** The first snapshot of the chain (`s`, `s.next`, …) that holds both currencies, or null. */
export function sourceFor(s: RateSnapshot | null, from: string, to: string): RateSnapshot | null {
	for (let at = s; at; at = at.next ?? null) if (holds(at, from) && holds(at, to)) return at;
	return null;
}

/** One division of two rates as published: `to / from` for an indirect quotation, `from / to` for a direct one. */
function midIn(s: RateSnapshot, from: string, to: string): Dec {
	const rate = (c: string) => (c === s.base ? ONE : new Dec(s.rates[c]));
	return s.quotation === 'direct' ? rate(from).dividedBy(rate(to)) : rate(to).dividedBy(rate(from));
}

/**
 * Mid rates from a snapshot: `mid(X, Y) = rate(Y) / rate(X)`, the base having rate 1; for a
 * `direct` snapshot `rate(X) / rate(Y)`. A pair is priced from the first snapshot of the chain
 * (`snapshot`, its `next`, …) that holds both currencies. Throws NoRateError for a pair none holds.
 *
 * @example
 * midRates({ source: 'ecb', base: 'EUR', asOf: '…', rates: { USD: '1.25' } })('USD', 'EUR').toString() // '0.8'
 */
export function midRates(snapshot: RateSnapshot | null): MidRate {
	const known = snapshot && memo.get(snapshot);
	if (known) return known;
	const cache = new Map<string, Dec>();
	const mid: MidRate = (from, to) => {
		if (from === to) return ONE;
		const key = `${from}${to}`;
		let m = cache.get(key);
		if (m === undefined) {
			const s = sourceFor(snapshot, from, to);
			if (s === null) throw new NoRateError(from, to);
			cache.set(key, (m = midIn(s, from, to)));
		}
		return m;
	};
	if (snapshot) memo.set(snapshot, mid);
	return mid;
}

const publicationOf = (s: RateSnapshot, c: string): RatePublication | null =>
	c === s.base ? null : (s.published?.[c] ?? { asOf: s.asOf, table: s.table });

const ratesMemo = new WeakMap<RateSnapshot, Map<string, QuoteRates & { time: number }>>();

/**
 * What a conversion from `from` to `to` is priced with: the source, the older of the two rates'
 * publications (the pair's reference date, which staleness is judged on) and, when the source
 * publishes tables, both tables, oldest first. For equal currencies (no conversion), the first
 * snapshot's source and instant. Null when no snapshot of the chain holds the pair.
 *
 * @example
 * pairRates(nbp, 'USD', 'GTQ') // { source: 'nbp', asOf: '2022-05-11T12:15:00+02:00', tables: [{ …B }, { …A }] }
 */
export function pairRates(
	snapshot: RateSnapshot | null,
	from: string,
	to: string
): (QuoteRates & { time: number }) | null {
	if (snapshot === null) return null;
	let perSnapshot = ratesMemo.get(snapshot);
	if (!perSnapshot) ratesMemo.set(snapshot, (perSnapshot = new Map()));
	const key = `${from}${to}`;
	const known = perSnapshot.get(key);
	if (known) return known;
	const s = from === to ? snapshot : sourceFor(snapshot, from, to);
	if (s === null) return null;
	const both = (from === to ? [] : [publicationOf(s, from), publicationOf(s, to)])
		.filter((p): p is RatePublication => p !== null)
		.map((p) => ({ ...p, time: Date.parse(p.asOf) }))
		.sort((a, b) => a.time - b.time);
	const oldest = both[0] ?? { asOf: s.asOf, time: Date.parse(s.asOf) };
	const tables = [
		...new Map(
			both
				.filter((p) => p.table !== undefined)
				.map((p) => [p.table!, { asOf: p.asOf, table: p.table! }])
		).values()
	];
	const found: QuoteRates & { time: number } = {
		asOf: oldest.asOf,
		source: s.source,
		time: oldest.time
	};
	if (tables.length > 0) found.tables = tables;
	perSnapshot.set(key, found);
	return found;
}
