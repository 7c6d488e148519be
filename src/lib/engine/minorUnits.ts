import * as currencies from 'dinero.js/currencies';

type DineroCurrency = { code: string; base: number | readonly number[]; exponent: number };

const table = new Map<string, number>();
for (const c of Object.values(currencies) as DineroCurrency[]) {
	// MGA and MRU are listed with base 5: price them in whole units.
	table.set(c.code, c.base === 10 ? c.exponent : 0);
}

/**
 * The ISO 4217 minor-unit exponent of a currency, or undefined when the code is unknown.
 *
 * @example
 * minorUnits('JPY') // 0
 * minorUnits('KWD') // 3
 */
export function minorUnits(currency: string): number | undefined {
	return table.get(currency);
}

/** Every ISO 4217 code that dinero.js lists. */
export function knownCurrencies(): string[] {
	return [...table.keys()].sort();
}
