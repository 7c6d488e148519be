// The engine's shortcuts around decimal.js must give decimal.js's own answers, byte for byte.
import fc from 'fast-check';
import { runs } from '../_lib/runs';
import { describe, expect, it } from 'vitest';
import { Dec, percentOf } from '$lib/engine/decimal';
import { fixed } from '$lib/engine/formatAmount';
import { roundTo } from '$lib/engine/roundTo';
import { ceilGrid, floorGrid } from '$lib/engine/_lib/grid';
import { quotient } from '$lib/engine/_lib/quotient';
import { percentText } from '$lib/engine/_lib/percentText';
import { belowFallsShort } from '$lib/engine/_lib/belowFallsShort';
import type { Fx } from '$lib/engine/fxAt';

const MODES = {
	'half-up': Dec.ROUND_HALF_UP,
	'half-even': Dec.ROUND_HALF_EVEN,
	down: Dec.ROUND_DOWN,
	up: Dec.ROUND_UP
} as const;

/** Decimal strings as the engine meets them: signed, zero, long, short, exact and 34-digit. */
const decimalText = fc.oneof(
	fc
		.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }))
		.map(([negative, digits, places]) => {
			const s = digits.toString().padStart(places + 1, '0');
			const text = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
			return negative ? `-${text}` : text;
		}),
	fc
		.tuple(fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 1, max: 10 ** 6 }))
		.map(([a, b]) => new Dec(a).dividedBy(b).toString()),
	fc.constantFrom('0', '-0', '0.5', '-0.005', '0.0001', '1e-20', '123456789012345')
);

describe('shortcuts around decimal.js', () => {
	it('fixed(x, p) is x.toFixed(p)', () => {
		fc.assert(
			fc.property(decimalText, fc.integer({ min: 0, max: 6 }), (text, places) => {
				const x = new Dec(text);
				expect(fixed(x, places)).toBe(x.toFixed(places));
			}),
			{ numRuns: runs(5000) }
		);
	});

	it('roundTo(x, p, mode), floorGrid and ceilGrid are x.toDecimalPlaces(p, mode), digits and exponent', () => {
		// Besides decimalText: values next to a carry through whole words (9999999.995), fractions
		// whose first word is zero with digits after it (5.00000001), and values under one.
		const carry = fc
			.tuple(
				fc.integer({ min: 1, max: 3 }),
				fc.integer({ min: 1, max: 9 }),
				fc.constantFrom('5', '49', '50', '51', '9', '0001', '00000001', '999999999'),
				fc.boolean()
			)
			.map(([words, nines, tail, negative]) => {
				const text = `${'9'.repeat(7 * (words - 1) + nines)}.${'9'.repeat(nines % 8)}${tail}`;
				return negative ? `-${text}` : text;
			});
		const shapes = fc.oneof(
			decimalText,
			carry,
			fc.constantFrom('5.00000001', '0.99999999', '0.0000005')
		);
		const same = (a: Dec, b: Dec) => expect([a.s, a.e, a.d]).toEqual([b.s, b.e, b.d]);
		fc.assert(
			fc.property(
				shapes,
				fc.integer({ min: 0, max: 8 }),
				fc.constantFrom(...(Object.keys(MODES) as (keyof typeof MODES)[])),
				(text, places, mode) => {
					const x = new Dec(text);
					same(roundTo(x, places, mode), x.toDecimalPlaces(places, MODES[mode]));
					same(floorGrid(x, places), x.toDecimalPlaces(places, Dec.ROUND_FLOOR));
					same(ceilGrid(x, places), x.toDecimalPlaces(places, Dec.ROUND_CEIL));
				}
			),
			{ numRuns: runs(10000) }
		);
	});

	it('x.times(percentOf(p)) is x.times(p).dividedBy(100)', () => {
		fc.assert(
			fc.property(decimalText, decimalText, (x, p) => {
				const percent = p.replace(/^-/, '');
				const a = new Dec(x).times(percentOf(percent));
				expect(a.toString()).toBe(new Dec(x).times(percent).dividedBy(100).toString());
			}),
			{ numRuns: runs(5000) }
		);
	});

	it('quotient(x, y) is x.dividedBy(y), digits and exponent', () => {
		// Divisors as the engine meets them: principals and amounts of up to 17 digits, most of
		// them of at most seven significant digits over two words (57551.49, 0.0012345).
		const divisor = fc
			.tuple(fc.boolean(), fc.bigInt({ min: 1n, max: 10n ** 17n }), fc.integer({ min: 0, max: 9 }))
			.map(([short, digits, places]) => {
				const s = (short ? digits % 10n ** 7n || 1n : digits).toString().padStart(places + 1, '0');
				return places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
			});
		fc.assert(
			fc.property(decimalText, divisor, fc.boolean(), (x, y, negative) => {
				const d = new Dec(negative ? `-${y}` : y);
				const q = quotient(new Dec(x), d);
				const expected = new Dec(x).dividedBy(d);
				expect(q.toString()).toBe(expected.toString());
				expect([q.s, q.e, q.d]).toEqual([expected.s, expected.e, expected.d]);
			}),
			{ numRuns: runs(20000) }
		);
	});

	it('belowFallsShort holds only where g − unit converts to less than near', () => {
		// Rates of 34 digits either side of one unit per unit, principals from one unit up, and
		// targets at what g converts to or a few units either side: the edge the shortcut guards.
		const modes = Object.keys(MODES) as (keyof typeof MODES)[];
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 10 ** 9 }),
				fc.integer({ min: 1, max: 10 ** 7 }),
				fc.bigInt({ min: 1n, max: 10n ** 12n }),
				fc.integer({ min: -3, max: 3 }),
				fc.constantFrom(...modes),
				fc.constantFrom(0, 2, 3),
				(num, den, cents, shift, mode, targetPlaces) => {
					const rate = new Dec(num).dividedBy(den);
					const fx = { rate } as Fx;
					const unit = new Dec('0.01');
					const targetUnit = new Dec(1).dividedBy(new Dec(10).pow(targetPlaces));
					const g = new Dec(cents.toString()).times(unit);
					const convert = (s: Dec) => roundTo(s.times(rate), targetPlaces, mode);
					const near = convert(g).plus(targetUnit.times(shift));
					if (belowFallsShort(fx, g.times(rate), near, unit, targetUnit))
						expect(convert(g.minus(unit)).lessThan(near)).toBe(true);
				}
			),
			{ numRuns: runs(20000) }
		);
	});

	it('percentText(x) is fixed(roundTo(x × 100, 2, half-up), 2)', () => {
		fc.assert(
			fc.property(decimalText, (text) => {
				const x = new Dec(text);
				expect(percentText(x)).toBe(fixed(roundTo(x.times(100), 2, 'half-up'), 2));
			}),
			{ numRuns: runs(20000) }
		);
	});
});
