import type { Locale } from './locales';

/** A country's name in the locale, from Intl.DisplayNames (the code when it has none). */
export function countryName(code: string, locale: Locale): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/** A currency's name in the locale, from Intl.DisplayNames. */
export function currencyName(code: string, locale: Locale): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code;
	} catch {
		return code;
	}
}
