import type { Locale } from './locales';
import { displayNames } from './_lib/intlFormat';

/** A code's name in the locale, from Intl.DisplayNames; the code itself when it has none. */
function nameOf(type: Intl.DisplayNamesType, code: string, locale: Locale): string {
	try {
		return displayNames(locale, type).of(code) ?? code;
	} catch {
		return code;
	}
}

/** A country's name in the locale ("MX" → "Mexico"). */
export const countryName = (code: string, locale: Locale) => nameOf('region', code, locale);

/** A currency's name in the locale ("MXN" → "Mexican Peso"). */
export const currencyName = (code: string, locale: Locale) => nameOf('currency', code, locale);

/** A language's name in the locale ("zh-CN" → "Chinese (China)"). */
export const languageName = (tag: string, locale: Locale) => nameOf('language', tag, locale);
