import { Dec } from '../engine';
import type { Locale } from './locales';
import { formatNumber } from './formatMoney';

/**
 * An exchange rate for people: 4 decimal places when at least 1, otherwise 4 significant
 * digits, so every quote of a currency pair shows it the same way (quote.md); with a locale,
 * its digits grouped as the locale groups them (a dong or rupiah rate runs to five digits).
 *
 * @example
 * formatRate('17.28679113') // '17.2868'
 * formatRate('0.1092968601') // '0.1093'
 * formatRate('0.5') // '0.5000'
 * formatRate('22909.57519', 'en') // '22,909.5752'
 */
export function formatRate(rate: string, locale?: Locale): string {
	const r = new Dec(rate);
	const text = r.greaterThanOrEqualTo(1)
		? r.toFixed(4, Dec.ROUND_HALF_UP)
		: r.toPrecision(4, Dec.ROUND_HALF_UP);
	return locale ? formatNumber(text, locale) : text;
}

/**
 * A rate between two currencies as every interface writes it, in either language: one unit of
 * `from` in `to`, the rate as formatRate shows it.
 *
 * @example
 * formatRateLine('USD', '22909.57519', 'VND', 'en') // '1 USD = 22,909.5752 VND'
 */
export function formatRateLine(from: string, rate: string, to: string, locale?: Locale): string {
	return `1 ${from} = ${formatRate(rate, locale)} ${to}`;
}
