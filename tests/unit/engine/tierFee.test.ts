import { describe, expect, it } from 'vitest';
import { Dec, tierFee, type Tiers } from '$lib/engine';

// Worked out by hand from schedule-format.md (Components, tiers) with Ut = 0:
// volume: the one bracket with lower < Bt <= upTo gives Bt × percent/100 + fixed;
// graduated: every bracket with Bt > lower gives (min(Bt, upTo) − lower) × percent/100 + fixed.
// Brackets: (0, 100] fixed only, (100, 1000] percent only, (1000, 10000] both, (10000, ∞) open.
const brackets: Tiers['brackets'] = [
	{ upTo: '100', fixed: '1' },
	{ upTo: '1000', percent: '2' },
	{ upTo: '10000', percent: '1', fixed: '5' },
	{ upTo: null, percent: '0.5' }
];
const volume: Tiers = { currency: 'USD', mode: 'volume', brackets };
const graduated: Tiers = { currency: 'USD', mode: 'graduated', brackets };

type Row = [amount: string, fee: string, index: number];

const VOLUME: Row[] = [
	['0', '0', -1],
	['0.01', '1', 0],
	['50', '1', 0],
	['99.99', '1', 0],
	['100', '1', 0],
	['100.01', '2.0002', 1],
	['500', '10', 1],
	['1000', '20', 1],
	['1000.01', '15.0001', 2],
	['5000', '55', 2],
	['10000', '105', 2],
	['10000.01', '50.00005', 3],
	['1000000', '5000', 3]
];

const GRADUATED: Row[] = [
	['0', '0', -1],
	['0.01', '1', 0],
	['50', '1', 0],
	['100', '1', 0],
	// 1 + 0.01 × 2 %
	['100.01', '1.0002', 1],
	// 1 + 400 × 2 %
	['500', '9', 1],
	// 1 + 900 × 2 %
	['1000', '19', 1],
	// 19 + 0.01 × 1 % + 5
	['1000.01', '24.0001', 2],
	// 19 + 4000 × 1 % + 5
	['5000', '64', 2],
	// 19 + 9000 × 1 % + 5
	['10000', '114', 2],
	// 114 + 0.01 × 0.5 %
	['10000.01', '114.00005', 3],
	// 114 + 990000 × 0.5 %
	['1000000', '5064', 3]
];

// JPY has no minor digits: one minor unit above 10000 is 10001.
const jpy = (mode: Tiers['mode']): Tiers => ({
	currency: 'JPY',
	mode,
	brackets: [
		{ upTo: '10000', percent: '3' },
		{ upTo: null, percent: '1.5' }
	]
});

const JPY_VOLUME: Row[] = [
	['0', '0', -1],
	['1', '0.03', 0],
	['10000', '300', 0],
	['10001', '150.015', 1],
	['20000', '300', 1]
];

const JPY_GRADUATED: Row[] = [
	['0', '0', -1],
	['1', '0.03', 0],
	['10000', '300', 0],
	['10001', '300.015', 1],
	['20000', '450', 1]
];

// One open bracket only, with both parts.
const open = (mode: Tiers['mode']): Tiers => ({
	currency: 'EUR',
	mode,
	brackets: [{ upTo: null, percent: '1', fixed: '0.50' }]
});

const OPEN: Row[] = [
	['0', '0', -1],
	['0.01', '0.5001', 0],
	['250', '3', 0],
	['123456.78', '1235.0678', 0]
];

// Fixed-only brackets: a flat fee per band (volume) and a sum of flat fees (graduated).
const flat = (mode: Tiers['mode']): Tiers => ({
	currency: 'KWD',
	mode,
	brackets: [
		{ upTo: '10.000', fixed: '0.250' },
		{ upTo: '100.000', fixed: '0.750' },
		{ upTo: null, fixed: '2.000' }
	]
});

const FLAT_VOLUME: Row[] = [
	['0', '0', -1],
	['0.001', '0.25', 0],
	['10', '0.25', 0],
	['10.001', '0.75', 1],
	['100', '0.75', 1],
	['100.001', '2', 2]
];

const FLAT_GRADUATED: Row[] = [
	['0', '0', -1],
	['0.001', '0.25', 0],
	['10', '0.25', 0],
	['10.001', '1', 1],
	['100', '1', 1],
	['100.001', '3', 2]
];

function check(tiers: Tiers, amount: string, fee: string, index: number) {
	const result = tierFee(tiers, new Dec(amount));
	expect(result.fee.toString()).toBe(new Dec(fee).toString());
	expect(result.index).toBe(index);
}

describe('tierFee', () => {
	describe('volume', () => {
		it.each(VOLUME)('charges %s USD %s (bracket %i)', (amount, fee, index) =>
			check(volume, amount, fee, index)
		);
		it.each(JPY_VOLUME)('charges %s JPY %s (bracket %i)', (amount, fee, index) =>
			check(jpy('volume'), amount, fee, index)
		);
		it.each(OPEN)('charges %s EUR %s in a single open bracket (%i)', (amount, fee, index) =>
			check(open('volume'), amount, fee, index)
		);
		it.each(FLAT_VOLUME)('charges %s KWD %s in fixed-only brackets (%i)', (amount, fee, index) =>
			check(flat('volume'), amount, fee, index)
		);
	});

	describe('graduated', () => {
		it.each(GRADUATED)('charges %s USD %s (up to bracket %i)', (amount, fee, index) =>
			check(graduated, amount, fee, index)
		);
		it.each(JPY_GRADUATED)('charges %s JPY %s (up to bracket %i)', (amount, fee, index) =>
			check(jpy('graduated'), amount, fee, index)
		);
		it.each(OPEN)('charges %s EUR %s in a single open bracket (%i)', (amount, fee, index) =>
			check(open('graduated'), amount, fee, index)
		);
		it.each(FLAT_GRADUATED)('charges %s KWD %s in fixed-only brackets (%i)', (amount, fee, index) =>
			check(flat('graduated'), amount, fee, index)
		);
	});

	it('charges the same in both modes within the first bracket', () => {
		for (const amount of ['0.01', '1', '99.99', '100']) {
			const v = tierFee(volume, new Dec(amount)).fee;
			expect(tierFee(graduated, new Dec(amount)).fee.equals(v)).toBe(true);
		}
	});

	it('makes a graduated fee never decrease as the amount grows', () => {
		let last = new Dec(0);
		for (const [amount] of GRADUATED) {
			const fee = tierFee(graduated, new Dec(amount)).fee;
			expect(fee.greaterThanOrEqualTo(last)).toBe(true);
			last = fee;
		}
	});

	it('does not mutate the tiers or the amount', () => {
		for (const tiers of [volume, graduated, jpy('volume'), flat('graduated')]) {
			const copy = structuredClone(tiers);
			const amount = new Dec('1234.56');
			tierFee(tiers, amount);
			expect(tiers).toEqual(copy);
			expect(amount.toString()).toBe('1234.56');
		}
	});

	// schedule-format.md: `basis: "period"` places the transfer at (Ut, Ut + Bt] after the
	// period's volume Ut (the third argument).
	type PeriodRow = [used: string, amount: string, fee: string, index: number];
	const PERIOD_GRADUATED: PeriodRow[] = [
		// (900, 1400]: 2 % × 100 + (1 % × 400 + 5)
		['900', '500', '11', 2],
		// (99.99, 100]: the first bracket's fixed part, in full
		['99.99', '0.01', '1', 0],
		// (100, 100.01]: 2 % × 0.01 only, the first bracket is behind
		['100', '0.01', '0.0002', 1],
		// (10000, 10100]: the open bracket only
		['10000', '100', '0.5', 3],
		['0', '500', '9', 1]
	];
	const PERIOD_VOLUME: PeriodRow[] = [
		// 1400 falls in (1000, 10000]: 1 % × 500 + 5
		['900', '500', '10', 2],
		['99.99', '0.01', '1', 0],
		['100', '0.01', '0.0002', 1],
		['9999.99', '0.01', '5.0001', 2],
		['10000', '0.01', '0.00005', 3]
	];
	it.each(PERIOD_GRADUATED)(
		'prices a graduated period tier after %s USD: %s costs %s (bracket %i)',
		(used, amount, fee, index) => {
			const out = tierFee(graduated, new Dec(amount), new Dec(used));
			expect(out.fee.toString()).toBe(new Dec(fee).toString());
			expect(out.index).toBe(index);
		}
	);
	it.each(PERIOD_VOLUME)(
		'prices a volume period tier after %s USD: %s costs %s (bracket %i)',
		(used, amount, fee, index) => {
			const out = tierFee(volume, new Dec(amount), new Dec(used));
			expect(out.fee.toString()).toBe(new Dec(fee).toString());
			expect(out.index).toBe(index);
		}
	);
});
