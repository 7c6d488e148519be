import { describe, expect, it } from 'vitest';
import { Dec } from '$lib/engine';
import { logAmounts } from '$lib/quoting';

describe('logAmounts', () => {
	it.each([
		['10', '10000', 4, 2, ['10.00', '100.00', '1000.00', '10000.00']],
		['1', '100', 3, 0, ['1', '10', '100']],
		['1', '16', 5, 0, ['1', '2', '4', '8', '16']],
		['8.7138', '8713.8', 2, 2, ['8.71', '8713.80']]
	])('spaces %s to %s in %i steps on the grid of %i decimals', (from, to, n, places, out) => {
		expect(logAmounts({ from, to, count: n, places })).toEqual(out);
	});

	it('gives 60 ascending amounts on the grid, each ratio about the same', () => {
		const out = logAmounts({ from: '10', to: '10000', count: 60, places: 2 });
		expect(out).toHaveLength(60);
		expect(out[0]).toBe('10.00');
		expect(out[59]).toBe('10000.00');
		for (const a of out) expect(a).toMatch(/^\d+\.\d{2}$/);
		const step = new Dec(1000).pow(new Dec(1).dividedBy(59));
		for (let i = 1; i < out.length; i++) {
			const ratio = new Dec(out[i]).dividedBy(out[i - 1]);
			expect(ratio.greaterThan(1)).toBe(true);
			expect(ratio.minus(step).abs().lessThan('0.005')).toBe(true);
		}
	});

	it('leaves out amounts that round to the one before and never goes below one minor unit', () => {
		expect(logAmounts({ from: '0.001', to: '0.05', count: 6, places: 2 })).toEqual([
			'0.01',
			'0.02',
			'0.05'
		]);
		expect(logAmounts({ from: '1', to: '3', count: 10, places: 0 })).toEqual(['1', '2', '3']);
	});

	it('rejects a range that is not one', () => {
		expect(() => logAmounts({ from: '0', to: '10', count: 5, places: 2 })).toThrow(RangeError);
		expect(() => logAmounts({ from: '10', to: '10', count: 5, places: 2 })).toThrow(RangeError);
		expect(() => logAmounts({ from: '10', to: '100', count: 1, places: 2 })).toThrow(RangeError);
		expect(() => logAmounts({ from: '10', to: '100', count: 2.5, places: 2 })).toThrow(RangeError);
	});
});
