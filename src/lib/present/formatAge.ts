import type { Locale } from './locales';

const HOUR = 3_600_000;

type Unit = 'day' | 'hour' | 'minute';

const formats = new Map<string, Intl.NumberFormat>();

/** `n` with its unit's word in the locale's plural form, one space between: "3 days", "3 天". */
function count(n: number, unit: Unit, locale: Locale): string {
	const key = `${locale} ${unit}`;
	let f = formats.get(key);
	if (!f) {
		f = new Intl.NumberFormat(locale, {
			style: 'unit',
			unit,
			unitDisplay: 'long',
			useGrouping: false
		});
		formats.set(key, f);
	}
	// Chinese writes "3天"; the app's pages put a space between a number and its unit.
	return f
		.formatToParts(n)
		.map((p) => p.value.trim())
		.filter(Boolean)
		.join(' ');
}

/**
 * How old something is, in whole days and hours (minutes under an hour), for people: the age of
 * a rate snapshot at a quote's or a receipt's instant. Negative ages read as zero.
 *
 * @example
 * formatAge(Date.parse('2026-03-16T23:59:59Z') - Date.parse('2026-03-13T15:00:00Z'), 'en') // '3 days 8 hours'
 * formatAge(90 * 60_000, 'zh-CN') // '1 小时'
 */
export function formatAge(ms: number, locale: Locale): string {
	const safe = Math.max(0, ms);
	if (safe < HOUR) return count(Math.floor(safe / 60_000), 'minute', locale);
	const days = Math.floor(safe / (24 * HOUR));
	const hours = Math.floor((safe % (24 * HOUR)) / HOUR);
	const parts: string[] = [];
	if (days) parts.push(count(days, 'day', locale));
	if (hours) parts.push(count(hours, 'hour', locale));
	return parts.join(' ');
}
