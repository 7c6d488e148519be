import * as currencies from 'dinero.js/currencies';

/** A currency as dinero.js lists it. */
export interface DineroCurrency {
	code: string;
	base: number | readonly number[];
	exponent: number;
}

/**
 * Every ISO 4217 currency dinero.js lists. On its own so that the widget's build can put the same
 * list in a shorter form (scripts/widget/currencyList.ts).
 */
export const CURRENCIES: readonly DineroCurrency[] = Object.values(currencies);
