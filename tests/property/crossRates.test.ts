// Cross rates from the National Bank of Poland's tables: for random pairs of tables A and B,
// mid(X→Y) × mid(Y→X) is 1 to within 1e-30, and every stored rate is the decimal the bank wrote.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, midRates } from '$lib/engine';
import { parseNbpTables, ratesInForce } from '$lib/rates';
import { NBP_A, NBP_B } from '../_lib/nbpTables';
import { runs } from '../_lib/runs';

const snapshots = [NBP_A, NBP_B].flatMap((text) => {
	const r = parseNbpTables(text);
	if (!r.ok) throw new Error(r.error.message);
	return r.snapshots;
});
const inForce = ratesInForce(snapshots, '2022-05-13T23:59:59Z')!;
const codes = ['PLN', ...Object.keys(inForce.rates)];
const mid = midRates(inForce);

describe('cross rates of the bank’s tables', () => {
	it('mid(X→Y) × mid(Y→X) = 1 to within 1e-30, for random pairs of both tables', () => {
		const code = fc.constantFrom(...codes);
		fc.assert(
			fc.property(code, code, (x, y) => {
				const product = mid(x, y).times(mid(y, x));
				expect(product.minus(1).abs().lessThanOrEqualTo(new Dec('1e-30'))).toBe(true);
			}),
			{ numRuns: runs(400) }
		);
	});

	it('stores no rate with more digits than the bank published', () => {
		for (const [text, snapshot] of [
			[NBP_A, snapshots.find((s) => s.table?.includes('/A/'))!],
			[NBP_B, snapshots.find((s) => s.table?.includes('/B/'))!]
		] as const) {
			const published = new Map(
				[...text.matchAll(/"code":"([A-Z]{3})","mid":([0-9.eE+-]+)/g)].map((m) => [m[1], m[2]])
			);
			expect(published.size).toBe(Object.keys(snapshot.rates).length);
			for (const [c, stored] of Object.entries(snapshot.rates)) {
				const digits = (s: string) => new Dec(s).precision(true);
				expect(new Dec(stored).equals(published.get(c)!)).toBe(true);
				expect(digits(stored)).toBeLessThanOrEqual(digits(published.get(c)!));
			}
		}
	});
});
