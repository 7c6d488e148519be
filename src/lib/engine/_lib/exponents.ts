import { CURRENCIES } from './currencyList';

/**
 * Each ISO 4217 code's minor-unit exponent as dinero.js lists it (MGA and MRU, listed with base 5,
 * are priced in whole units). The widget's build puts in its place a table that the pricing
 * answer fills in (widget/_lib/exponents.ts).
 */
export const EXPONENTS: Map<string, number> = new Map(
	CURRENCIES.map((c) => [c.code, c.base === 10 ? c.exponent : 0])
);
