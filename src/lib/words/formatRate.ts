import { Dec } from '../engine';

/**
 * An exchange rate for people: 4 decimal places when at least 1, otherwise 4 significant
 * digits, so every quote of a currency pair shows it the same way (quote.md).
 *
 * @example
 * formatRate('17.28679113') // '17.2868'
 * formatRate('0.1092968601') // '0.1093'
 * formatRate('0.5') // '0.5000'
 */
export function formatRate(rate: string): string {
	const r = new Dec(rate);
	if (r.greaterThanOrEqualTo(1)) return r.toFixed(4, Dec.ROUND_HALF_UP);
	return r.toPrecision(4, Dec.ROUND_HALF_UP);
}
