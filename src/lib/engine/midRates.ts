import type { RateSnapshot } from './types';
import { Dec, ONE } from './decimal';
import { NoRateError } from './errors';

export type MidRate = (from: string, to: string) => Dec;

// Snapshots are immutable once loaded, so their mid rates are computed once.
const memo = new WeakMap<RateSnapshot, MidRate>();

/**
 * Mid rates from a snapshot: `mid(X, Y) = rate(Y) / rate(X)`, the base having rate 1.
 * Throws NoRateError for a pair it cannot price.
 *
 * @example
 * midRates({ source: 'ecb', base: 'EUR', asOf: '…', rates: { USD: '1.25' } })('USD', 'EUR').toString() // '0.8'
 */
export function midRates(snapshot: RateSnapshot | null): MidRate {
	const known = snapshot && memo.get(snapshot);
	if (known) return known;
	const cache = new Map<string, Dec>();
	const rateOf = (c: string): Dec => {
		if (snapshot === null) throw new NoRateError(c, c);
		if (c === snapshot.base) return ONE;
		const r = snapshot.rates[c];
		if (r === undefined) throw new NoRateError(c, c);
		return new Dec(r);
	};
	const mid: MidRate = (from, to) => {
		if (from === to) return ONE;
		const key = `${from}${to}`;
		let m = cache.get(key);
		if (m === undefined) {
			try {
				m = rateOf(to).dividedBy(rateOf(from));
			} catch (e) {
				if (e instanceof NoRateError) throw new NoRateError(from, to);
				throw e;
			}
			cache.set(key, m);
		}
		return m;
	};
	if (snapshot) memo.set(snapshot, mid);
	return mid;
}
