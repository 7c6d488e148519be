/**
 * One Intl formatter per kind, locale and options, made at its first use and kept: making one
 * costs 10–100 µs (a DateTimeFormat about 100), using it about 2, and a page formats dozens of
 * dates, numbers and names. The keys are few: two locales, the options the words use, the time
 * zones of the rules. A formatter that cannot be made (an unknown time zone) throws each time.
 */
const made = new Map<string, unknown>();

/** The formatter kept under `key` ("kind|locale|…", unique to what `make` makes), made once. */
export function keptFormat<T>(key: string, make: () => T): T {
	let f = made.get(key) as T | undefined;
	if (f === undefined) made.set(key, (f = make()));
	return f;
}

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
	keptFormat(
		`date|${locale}|${JSON.stringify(options)}`,
		() => new Intl.DateTimeFormat(locale, options)
	);

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
	keptFormat(
		`number|${locale}|${JSON.stringify(options)}`,
		() => new Intl.NumberFormat(locale, options)
	);

export const displayNames = (locale: string, type: Intl.DisplayNamesType) =>
	keptFormat(`names|${locale}|${type}`, () => new Intl.DisplayNames([locale], { type }));

export const listFormat = (locale: string, type: Intl.ListFormatType) =>
	keptFormat(`list|${locale}|${type}`, () => new Intl.ListFormat(locale, { style: 'long', type }));
