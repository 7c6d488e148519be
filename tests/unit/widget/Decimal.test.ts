import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Lite from '../../../src/lib/widget/_lib/Decimal';
import { PROJECT_ROOT } from '../../_lib/projectRoot';

// The widget's Decimal (BigInt) against decimal.js, the oracle, configured alike: the app's
// decimal128 settings (src/lib/engine/decimal.ts) and a short precision that rounds more often.
const CONFIGS: {
	precision: number;
	rounding: DecimalJs.Rounding;
	toExpNeg: number;
	toExpPos: number;
}[] = [
	{ precision: 34, rounding: 6, toExpNeg: -9e15, toExpPos: 9e15 },
	{ precision: 5, rounding: 4, toExpNeg: -9e15, toExpPos: 9e15 }
];

/** Decimal strings as the app has them and worse: signs, zeros, -0, long and tiny, exponents. */
const decimalString = fc
	.tuple(
		fc.constantFrom('', '-', '+'),
		fc.oneof(
			fc.bigInt({ min: 0n, max: 10n ** 40n }),
			fc.bigInt({ min: 0n, max: 1000n }),
			fc.constantFrom(0n, 1n, 5n, 25n, 15n, 10n ** 34n - 1n, 5n * 10n ** 33n)
		),
		fc.integer({ min: -45, max: 45 }),
		fc.boolean()
	)
	.map(([sign, c, q, exp]) => {
		if (exp) return `${sign}${c}e${q}`;
		const digits = c.toString();
		if (q >= 0) return sign + digits + '0'.repeat(q % 8);
		const pad = digits.padStart(-q + 1, '0');
		return `${sign}${pad.slice(0, q)}.${pad.slice(q)}`;
	});

const rm = fc.integer({ min: 0, max: 8 });
const places = fc.integer({ min: 0, max: 12 });
const digits = fc.integer({ min: 1, max: 40 });

/** The value with the sign of zero, as decimal.js shows it. */
const show = (x: { valueOf(): string }) => x.valueOf();

describe.each(CONFIGS)('Decimal (precision $precision)', (config) => {
	const D = DecimalJs.clone(config);
	const L = Lite.clone(config);
	const same = (f: (C: typeof D) => unknown, g: (C: typeof L) => unknown) => {
		const run = (h: () => unknown) => {
			try {
				const v = h();
				return typeof v === 'object' && v !== null ? show(v as { valueOf(): string }) : v;
			} catch {
				return 'throws';
			}
		};
		// Compared plainly first (most values are texts or numbers), through expect when they differ.
		const lite = run(() => g(L));
		const full = run(() => f(D));
		if (!Object.is(lite, full)) expect(lite).toEqual(full);
	};
	const binary = ['plus', 'minus', 'times', 'dividedBy', 'comparedTo'] as const;

	it.each(binary)('%s gives what decimal.js gives', (op) => {
		fc.assert(
			fc.property(decimalString, decimalString, (a, b) => {
				if (op === 'dividedBy' && new D(b).isZero()) return;
				same(
					(C) => new C(a)[op](b),
					(C) => new C(a)[op](b)
				);
			}),
			{ numRuns: 3000 }
		);
	});

	it('parses, prints and compares as decimal.js does', () => {
		fc.assert(
			fc.property(decimalString, decimalString, (a, b) => {
				for (const f of [
					(C: typeof D | typeof L) => new C(a).toString(),
					(C: typeof D | typeof L) => new C(a).valueOf(),
					(C: typeof D | typeof L) => JSON.stringify({ x: new C(a) }),
					(C: typeof D | typeof L) => new C(a).toFixed(),
					(C: typeof D | typeof L) => new C(a).decimalPlaces(),
					(C: typeof D | typeof L) => new C(a).isZero(),
					(C: typeof D | typeof L) => new C(a).isNegative(),
					(C: typeof D | typeof L) => new C(a).equals(b),
					(C: typeof D | typeof L) => new C(a).greaterThan(b),
					(C: typeof D | typeof L) => new C(a).greaterThanOrEqualTo(b),
					(C: typeof D | typeof L) => new C(a).lessThan(b),
					(C: typeof D | typeof L) => new C(a).lessThanOrEqualTo(b),
					(C: typeof D | typeof L) => C.max(a, b, 0)
				])
					same(f as (C: typeof D) => unknown, f as (C: typeof L) => unknown);
			}),
			{ numRuns: 2000 }
		);
	});

	it('rounds to decimal places and significant digits in every mode as decimal.js does', () => {
		fc.assert(
			fc.property(decimalString, places, digits, rm, (a, dp, sd, mode) => {
				for (const f of [
					(C: typeof D | typeof L) => new C(a).toDecimalPlaces(dp, mode as 0),
					(C: typeof D | typeof L) => new C(a).toFixed(dp, mode as 0),
					(C: typeof D | typeof L) => new C(a).toFixed(dp),
					(C: typeof D | typeof L) => new C(a).toPrecision(sd, mode as 0)
				])
					same(f as (C: typeof D) => unknown, f as (C: typeof L) => unknown);
			}),
			{ numRuns: 3000 }
		);
	});

	it('raises to whole powers as decimal.js does', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('10', '1', '-1', '2', '0.5', '-3', '0', '-0', '1.1'),
				fc.integer({ min: -20, max: 20 }),
				(a, n) => {
					if (new D(a).isZero() && n < 0) return;
					same(
						(C) => new C(a).pow(n),
						(C) => new C(a).pow(n)
					);
				}
			)
		);
	});

	it('parses numbers as decimal.js does', () => {
		for (const n of [0, -0, 1, -1, 10, 100, 0.5, 1e21, 1e-7, 123.456, -2.5e-10])
			same(
				(C) => new C(n),
				(C) => new C(n)
			);
	});
});

describe('Decimal', () => {
	it('refuses what it leaves out rather than answer otherwise', () => {
		const L = Lite.clone(CONFIGS[0]);
		expect(() => new L('Infinity')).toThrow(/DecimalError/);
		expect(() => new L('0x1f')).toThrow(/DecimalError/);
		expect(() => new L(' 1')).toThrow(/DecimalError/);
		expect(() => new L(1).dividedBy(0)).toThrow(/division by zero/);
		expect(() => new L(2).pow('0.5')).toThrow(/fractional powers/);
		expect(() => new Lite('1e-9').toString()).toThrow(/exponential notation/);
	});

	it('has every decimal.js method that the widget’s code calls', () => {
		const files = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
				e.isDirectory()
					? files(join(dir, e.name))
					: /\.(ts|svelte)$/.test(e.name)
						? [join(dir, e.name)]
						: []
			);
		const source = ['engine', 'words', 'present', 'quoting', 'widget']
			.flatMap((layer) => files(join(PROJECT_ROOT, 'src/lib', layer)))
			.map((f) => readFileSync(f, 'utf8'))
			.join('\n');
		const methods = new Set(Object.getOwnPropertyNames(DecimalJs.prototype));
		const called = [...source.matchAll(/(?<!\b(?:Math|console|Number))\.(\w+)\(/g)]
			.map((m) => m[1])
			.filter((name) => methods.has(name));
		const statics = [...source.matchAll(/\b(?:Dec|Decimal)\.(\w+)/g)]
			.map((m) => m[1])
			.filter((name) => Object.hasOwn(DecimalJs, name));
		expect(called).toContain('toPrecision');
		expect(new Set(called).size).toBeGreaterThan(15);
		const lite = Lite.prototype as unknown as Record<string, unknown>;
		expect([...new Set(called)].filter((name) => typeof lite[name] !== 'function')).toEqual([]);
		expect([...new Set(statics)].filter((name) => !(name in Lite))).toEqual([]);
	});
});
