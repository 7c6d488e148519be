import type { QuoteRates, RatePublication, RateSnapshot } from './types';
import { Dec, ONE } from './decimal';
import { NoRateError } from './errors';

export type MidRate = (from: string, to: string) => Dec;

// Snapshots are immutable once loaded, so their mid rates are computed once.
const memo = new WeakMap<RateSnapshot, MidRate>();

// Currency codes are three capital letters: no object's prototype has such a key.
const holds = (s: RateSnapshot, c: string) => c === s.base || c in s.rates;

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

// Snapshots are immutable once loaded: what a pair is priced with is worked out once per snapshot.
const pairs = new WeakMap<RateSnapshot, Map<string, QuoteRates & { time: number }>>();

/** What a pair is priced with, shared by every quote of the pair: never handed out, only copied. */
function pairOf(snapshot: RateSnapshot, from: string, to: string): QuoteRates & { time: number } {
	let known = pairs.get(snapshot);
	if (!known) pairs.set(snapshot, (known = new Map()));
	let found = known.get(from + to);
	if (found) return found;
	const s = from === to ? null : sourceFor(snapshot, from, to);
	if (s === null || !(s.published || s.table)) {
		const r = s ?? snapshot;
		found = { asOf: r.asOf, source: r.source, time: Date.parse(r.asOf) };
	} else {
		// Each rate's publication (the base has none), oldest first.
		const both = [from, to]
			.filter((c) => c !== s.base)
			.map((c): RatePublication => s.published?.[c] ?? { asOf: s.asOf, table: s.table })
			.sort((a, b) => Date.parse(a.asOf) - Date.parse(b.asOf));
		const tables = both
			.filter((p, i) => p.table && both.findIndex((q) => q.table === p.table) === i)
			.map((p) => ({ asOf: p.asOf, table: p.table! }));
		found = { asOf: both[0].asOf, source: s.source, time: Date.parse(both[0].asOf) };
		if (tables.length > 0) found.tables = tables;
	}
	known.set(from + to, found);
	return found;
}

/**
 * What a conversion from `from` to `to` is priced with: the source, the older of the two rates'
 * publications (the pair's reference date, which staleness is judged on) and, when the source
 * publishes tables, both tables, oldest first. For equal currencies (no conversion) or a pair no
 * snapshot of the chain holds, the first snapshot's source and instant; null without a snapshot.
 * Keys in sorted order (asOf, source, tables), as a quote's are; a new object each call.
 *
 * @example
 * pairRates(nbp, 'USD', 'GTQ') // { asOf: '2022-05-11T12:15:00+02:00', source: 'nbp', tables: [{ …B }, { …A }] }
 */
export function pairRates(
	snapshot: RateSnapshot | null,
	from: string,
	to: string
): QuoteRates | null {
	if (snapshot === null) return null;
	const { asOf, source, tables } = pairOf(snapshot, from, to);
	return tables ? { asOf, source, tables: tables.map((t) => ({ ...t })) } : { asOf, source };
}

/** Epoch ms of `pairRates(…).asOf`, the instant a pair's staleness is judged on; NaN without a snapshot. */
export const pairTime = (snapshot: RateSnapshot | null, from: string, to: string): number =>
	snapshot ? pairOf(snapshot, from, to).time : NaN;
