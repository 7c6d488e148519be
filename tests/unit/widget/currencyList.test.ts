import * as currencies from 'dinero.js/currencies';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CURRENCIES } from '../../../src/lib/engine/_lib/currencyList';
import { currencyListModule } from '../../../scripts/widget/currencyList';

const dir = mkdtempSync(join(tmpdir(), 'feecalc-currencies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The generated module, loaded as the widget would run it. */
async function load(
	list: readonly { code: string; base: number | readonly number[]; exponent: number }[]
) {
	const file = join(dir, `list-${Math.random().toString(36).slice(2)}.mjs`);
	writeFileSync(file, currencyListModule(list));
	return (await import(file)).CURRENCIES;
}

describe('currencyListModule', () => {
	it('gives the widget the same currencies as dinero.js, in the same order', async () => {
		const list = Object.values(currencies);
		expect(list.length).toBeGreaterThan(150);
		expect(await load(list)).toEqual(list);
		expect(CURRENCIES).toEqual(list);
	});

	it('keeps a base other than 10 (MGA and MRU)', async () => {
		const [mga] = await load([{ code: 'MGA', base: 5, exponent: 1 }]);
		expect(mga).toEqual({ code: 'MGA', base: 5, exponent: 1 });
	});

	it('refuses what it cannot write, rather than write something else', () => {
		expect(() => currencyListModule([{ code: 'XXXX', base: 10, exponent: 2 }])).toThrow();
		expect(() => currencyListModule([{ code: 'ABC', base: [10, 10], exponent: 2 }])).toThrow();
		expect(() => currencyListModule([{ code: 'ABC', base: 10, exponent: 12 }])).toThrow();
	});
});
