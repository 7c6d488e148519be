import type { RatePublication, RateSnapshot } from '../engine';
import { selectSnapshot } from './selectSnapshot';

// Snapshots are immutable once loaded: a source's composition is made once per instant in force.
const composed = new WeakMap<readonly RateSnapshot[], Map<RateSnapshot, RateSnapshot>>();

/** Of a source's partial snapshots in force up to `newest`, each currency's latest rate. */
function compose(snapshots: readonly RateSnapshot[], newest: RateSnapshot): RateSnapshot {
	const until = Date.parse(newest.asOf);
	const inForce = snapshots
		.map((s, i) => ({ s, i, time: Date.parse(s.asOf) }))
		.filter(
			({ s, time }) => time <= until && s.base === newest.base && s.quotation === newest.quotation
		)
		.sort((a, b) => b.time - a.time || a.i - b.i);
	const found = new Map<string, [string, RatePublication]>();
	for (const { s } of inForce) {
		for (const [c, rate] of Object.entries(s.rates))
			if (!found.has(c))
				found.set(c, [
					rate,
					s.table === undefined ? { asOf: s.asOf } : { asOf: s.asOf, table: s.table }
				]);
		if (!s.partial) break;
	}
	const codes = [...found.keys()].sort();
	const out: RateSnapshot = {
		source: newest.source,
		base: newest.base,
		asOf: newest.asOf,
		rates: {}
	};
	if (newest.quotation) out.quotation = newest.quotation;
	out.rates = Object.fromEntries(codes.map((c) => [c, found.get(c)![0]]));
	out.published = Object.fromEntries(codes.map((c) => [c, found.get(c)![1]]));
	return out;
}

/**
 * The rates of one source in force at `at` (an instant or epoch ms): the snapshot in force
 * (`selectSnapshot`) when it holds all its source's currencies; when it is `partial` (one of
 * several tables), a snapshot composed of each currency's latest rate published at or before
 * `at`, with `published` saying when and in which table each was. Null before the first.
 *
 * @example
 * ratesInForce([tableB, tableA], '2022-05-13T23:59:59Z')
 * // { source: 'nbp', base: 'PLN', quotation: 'direct', rates: { GTQ: '0.5773', USD: '4.4849', … },
 * //   published: { GTQ: { asOf: '2022-05-11T12:15:00+02:00', table: '019/B/NBP/2022' }, … } }
 */
export function ratesInForce(
	snapshots: readonly RateSnapshot[],
	at: string | number
): RateSnapshot | null {
	const newest = selectSnapshot(snapshots, at);
	if (newest === null || !newest.partial) return newest;
	let perList = composed.get(snapshots);
	if (!perList) composed.set(snapshots, (perList = new Map()));
	let one = perList.get(newest);
	if (!one) perList.set(newest, (one = compose(snapshots, newest)));
	return one;
}

const chains = new WeakMap<RateSnapshot, Map<RateSnapshot | null, RateSnapshot>>();

/**
 * Sources in order of preference as one chain: the first, with `next` the second, and so on; a
 * pair is priced from the first that holds both currencies. The same sources give the same
 * object, so what is memoised per snapshot stays memoised.
 *
 * @example
 * chainSources([ecb, nbp]) // { ...ecb, next: nbp }
 */
export function chainSources(sources: readonly RateSnapshot[]): RateSnapshot | null {
	if (sources.length === 0) return null;
	const [first, ...rest] = sources;
	if (rest.length === 0) return first;
	const next = chainSources(rest)!;
	let perFirst = chains.get(first);
	if (!perFirst) chains.set(first, (perFirst = new Map()));
	let chain = perFirst.get(next);
	if (!chain) perFirst.set(next, (chain = { ...first, next }));
	return chain;
}
