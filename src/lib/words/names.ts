import type { Locale } from './locales';
import { displayNames } from './_lib/intlFormat';

/** A country's name in the locale, from Intl.DisplayNames (the code when it has none). */
export function countryName(code: string, locale: Locale): string {
	try {
		return displayNames(locale, 'region').of(code) ?? code;
	} catch {
		return code;
	}
}

/** A currency's name in the locale, from Intl.DisplayNames. */
export function currencyName(code: string, locale: Locale): string {
	try {
		return displayNames(locale, 'currency').of(code) ?? code;
	} catch {
		return code;
	}
}

/** A language's name in the locale ("zh-CN" → "Chinese (China)"), the tag when it has none. */
export function languageName(tag: string, locale: Locale): string {
	try {
		return displayNames(locale, 'language').of(tag) ?? tag;
	} catch {
		return tag;
	}
}
