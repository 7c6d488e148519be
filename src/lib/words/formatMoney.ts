import type { Locale } from './locales';
import { minorUnits } from '../engine';
import { keptFormat, numberFormat } from './_lib/intlFormat';

// Keyed by hand rather than by numberFormat's JSON of the options: formatMoney is the words'
// most frequent call.
const formatter = (locale: Locale, currency: string, digits: number) =>
	keptFormat(
		`money|${locale}|${currency}|${digits}`,
		() =>
			new Intl.NumberFormat(locale, {
				style: 'currency',
				currency,
				minimumFractionDigits: digits,
				maximumFractionDigits: digits,
				// Never "-$0.00": a value that rounds to zero is zero.
				signDisplay: 'negative'
			})
	);

/**
 * A decimal-string amount for people, in the locale's currency style. The string goes to
 * Intl.NumberFormat as a string, which formats it exactly (no binary floating point).
 *
 * @example
 * formatMoney('1728.68', 'MXN', 'en') // 'MX$1,728.68'
 */
export function formatMoney(amount: string, currency: string, locale: Locale): string {
	const digits = minorUnits(currency) ?? 2;
	return formatter(locale, currency, digits).format(amount as Intl.StringNumericLiteral);
}

/** A decimal string as a plain localised number with exactly `digits` decimals (or as given). */
export function formatNumber(value: string, locale: Locale, digits?: number): string {
	const places = digits ?? value.split('.')[1]?.length ?? 0;
	return numberFormat(locale, {
		minimumFractionDigits: places,
		maximumFractionDigits: places,
		signDisplay: 'negative'
	}).format(value as Intl.StringNumericLiteral);
}
