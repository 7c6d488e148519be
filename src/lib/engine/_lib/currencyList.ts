import * as currencies from 'dinero.js/currencies';

/** A currency as dinero.js lists it. */
export interface DineroCurrency {
	code: string;
	base: number | readonly number[];
	exponent: number;
}

/** Every ISO 4217 currency dinero.js lists (the widget's build has none: widget/_lib/exponents). */
export const CURRENCIES: readonly DineroCurrency[] = Object.values(currencies);
