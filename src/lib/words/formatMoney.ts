import type { Locale } from './locales';
import { minorUnits } from '../engine';
import { numberFormat } from './_lib/intlFormat';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, currency: string, digits: number): Intl.NumberFormat {
	const key = `${locale}|${currency}|${digits}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat(locale, {
			style: 'currency',
			currency,
			minimumFractionDigits: digits,
			maximumFractionDigits: digits,
			// Never "-$0.00": a value that rounds to zero is zero.
			signDisplay: 'negative'
		});
		cache.set(key, f);
	}
	return f;
}

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
