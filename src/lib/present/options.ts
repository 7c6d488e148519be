import type { Schedule } from '../engine';
import type { Locale } from './locales';

export interface Option {
	value: string;
	label: string;
}

export interface DestinationOption extends Option {
	currencies: string[];
}

export interface FormOptions {
	types: Option[];
	funding: Option[];
	payouts: Option[];
	profiles: Option[];
	origins: Option[];
	destinations: DestinationOption[];
	currencies: Option[];
}

const named = (
	o: Record<string, { name: Record<string, string> }> | undefined,
	locale: Locale
): Option[] =>
	Object.entries(o ?? {}).map(([value, v]) => ({ value, label: v.name[locale] ?? v.name.en }));

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

/** The choices a schedule offers, named in the locale; countries sorted by their names. */
export function formOptions(s: Schedule, locale: Locale): FormOptions {
	const collator = new Intl.Collator(locale);
	const countries = (codes: string[]) =>
		codes
			.map((value) => ({ value, label: countryName(value, locale) }))
			.sort((a, b) => collator.compare(a.label, b.label));
	return {
		types: named(s.types, locale),
		funding: named(s.funding, locale),
		payouts: named(s.payouts, locale),
		profiles: named(s.profiles, locale),
		origins: countries(s.origins),
		destinations: countries(Object.keys(s.destinations)).map((c) => ({
			...c,
			currencies: s.destinations[c.value].currencies
		})),
		currencies: s.currencies.map((value) => ({
			value,
			label: `${value} · ${currencyName(value, locale)}`
		}))
	};
}
