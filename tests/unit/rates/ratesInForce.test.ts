import { describe, expect, it } from 'vitest';
import { midRates, pairRates, type RateSnapshot } from '$lib/engine';
import { chainSources, parseNbpTables, ratesInForce } from '$lib/rates';
import { NBP_A, NBP_B } from '../../_lib/nbpTables';

const tables = (text: string) => {
	const r = parseNbpTables(text);
	if (!r.ok) throw new Error(r.error.message);
	return r.snapshots;
};
const [A] = tables(NBP_A);
const [B] = tables(NBP_B);
const NBP: readonly RateSnapshot[] = Object.freeze([B, A]);
const ECB: RateSnapshot = {
	source: 'ecb',
	base: 'EUR',
	asOf: '2026-03-13T16:00:00+01:00',
	rates: { USD: '1.1476', MXN: '20.4517' }
};
const LATER_A: RateSnapshot = {
	...A,
	asOf: '2022-05-16T12:15:00+02:00',
	table: '093/A/NBP/2022',
	rates: { USD: '4.4407' }
};

describe('ratesInForce', () => {
	it('composes each currency’s latest rate of a source’s tables, saying where each was published', () => {
		const r = ratesInForce(NBP, '2022-05-13T23:59:59Z')!;
		expect(r).toMatchObject({ source: 'nbp', base: 'PLN', quotation: 'direct', asOf: A.asOf });
		expect(r.partial).toBeUndefined();
		expect(r.rates.USD).toBe('4.4849');
		expect(r.rates.GTQ).toBe('0.5773');
		expect(r.published?.USD).toEqual({ asOf: A.asOf, table: '092/A/NBP/2022' });
		expect(r.published?.GTQ).toEqual({ asOf: B.asOf, table: '019/B/NBP/2022' });
		expect(Object.keys(r.rates)).toHaveLength(34 + 116);
	});

	it('takes a currency from a later table, the others from the earlier ones', () => {
		const r = ratesInForce([B, A, LATER_A], '2022-05-16T12:15:00+02:00')!;
		expect(r.rates.USD).toBe('4.4407');
		expect(r.published?.USD.table).toBe('093/A/NBP/2022');
		expect(r.rates.EUR).toBe(A.rates.EUR);
		expect(r.published?.EUR.table).toBe('092/A/NBP/2022');
	});

	it('has only what is published by the instant: before table A, table B alone', () => {
		const r = ratesInForce(NBP, '2022-05-13T12:14:59+02:00')!;
		expect(r.rates.USD).toBeUndefined();
		expect(r.rates.GTQ).toBe('0.5773');
		expect(ratesInForce(NBP, '2022-05-11T12:14:59+02:00')).toBeNull();
	});

	it('gives a complete snapshot itself, and the same composition for the same instant in force', () => {
		expect(ratesInForce([ECB], '2026-06-01T00:00:00Z')).toBe(ECB);
		expect(ratesInForce(NBP, '2022-05-13T13:00:00+02:00')).toBe(
			ratesInForce(NBP, '2022-05-20T00:00:00Z')
		);
	});

	it('stops at a complete snapshot: what it lacks, older snapshots do not fill in', () => {
		const complete: RateSnapshot = { ...A, partial: undefined, asOf: '2022-05-12T12:15:00+02:00' };
		const r = ratesInForce([B, complete], '2022-05-12T23:00:00Z')!;
		expect(r).toBe(complete);
		expect(r.rates.GTQ).toBeUndefined();
	});

	it('leaves its input as it was', () => {
		const before = JSON.stringify(NBP);
		ratesInForce(NBP, '2022-05-13T23:59:59Z');
		expect(JSON.stringify(NBP)).toBe(before);
	});
});

describe('chainSources and the engine’s mid rates', () => {
	const nbp = ratesInForce(NBP, '2026-03-16T12:00:00Z')!;
	const chain = chainSources([ECB, nbp])!;

	it('is one object per list of sources, the first with the next', () => {
		expect(chain).toMatchObject({ source: 'ecb', next: nbp });
		expect(chainSources([ECB, nbp])).toBe(chain);
		expect(chainSources([ECB])).toBe(ECB);
		expect(chainSources([])).toBeNull();
	});

	it('prices a pair from the first source that holds both currencies', () => {
		const mid = midRates(chain);
		expect(mid('USD', 'MXN').toString()).toBe(midRates(ECB)('USD', 'MXN').toString());
		// ECB has no GTQ: the bank's tables price it, PLN per USD / PLN per GTQ.
		expect(mid('USD', 'GTQ').toString()).toBe('7.768751082626017668456608349211848');
		expect(pairRates(chain, 'USD', 'MXN')).toEqual({ asOf: ECB.asOf, source: 'ecb' });
		expect(pairRates(chain, 'USD', 'GTQ')).toEqual({
			asOf: B.asOf,
			source: 'nbp',
			tables: [
				{ asOf: B.asOf, table: '019/B/NBP/2022' },
				{ asOf: A.asOf, table: '092/A/NBP/2022' }
			]
		});
		expect(() => mid('USD', 'KYD')).toThrow(/No mid rate from USD to KYD/);
	});

	it('divides a direct quotation the other way round, once, and names one table when both share it', () => {
		// 4.6679 / 4.4849 and 1 / 4.4849, worked out with Python's decimal at 34 digits.
		const mid = midRates(nbp);
		expect(mid('EUR', 'USD').toString()).toBe('1.040803585364222167718343775780954');
		expect(mid('PLN', 'USD').toString()).toBe('0.2229704118263506432696381190216058');
		expect(pairRates(nbp, 'EUR', 'USD')?.tables).toEqual([
			{ asOf: A.asOf, table: '092/A/NBP/2022' }
		]);
		expect(pairRates(nbp, 'PLN', 'GTQ')?.asOf).toBe(B.asOf);
	});
});
