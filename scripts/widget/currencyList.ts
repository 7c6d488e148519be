// dinero.js's currency list in a shorter form, for the widget's bundle only (widget.vite.config.ts).
// dinero.js exports each currency as its own object; the engine reads them all through one list
// (src/lib/engine/_lib/currencyList.ts). Here that module is replaced by the same list, generated
// from dinero.js when the widget is built: code and exponent packed in one string, unpacked when
// the script loads. tests/unit/widget/currencyList.test.ts compares the two lists.

/** A currency as dinero.js lists it. */
interface Currency {
	code: string;
	base: number | readonly number[];
	exponent: number;
}

/** One currency as `AED2` (base 10) or `MGA1b5`; throws on what it cannot write. */
function packed(c: Currency): string {
	if (!/^[A-Z]{3}$/.test(c.code) || !/^[0-9]$/.test(String(c.exponent)))
		throw new Error(`currencyList: cannot pack ${JSON.stringify(c)}`);
	if (typeof c.base !== 'number' || !Number.isInteger(c.base))
		throw new Error(`currencyList: ${c.code} has a base that is not one integer`);
	return `${c.code}${c.exponent}${c.base === 10 ? '' : `b${c.base}`}`;
}

/**
 * The source of a module exporting `CURRENCIES`: the same objects, in the same order, as
 * `Object.values(dinero.js/currencies)`.
 *
 * @example
 * currencyListModule([{ code: 'AED', base: 10, exponent: 2 }])
 * // 'export const CURRENCIES = […"AED2".matchAll(…)].map(…);'
 */
export function currencyListModule(currencies: readonly Currency[]): string {
	const table = currencies.map(packed).join('');
	return (
		`export const CURRENCIES = [...${JSON.stringify(table)}.matchAll(/([A-Z]{3})([0-9])(?:b([0-9]+))?/g)]` +
		`.map(([, code, exponent, base]) => ({ code, base: base ? parseInt(base, 10) : 10, exponent: parseInt(exponent, 10) }));\n`
	);
}
