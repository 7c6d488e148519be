import type { Locale } from './locales';
import { numberFormat } from './_lib/intlFormat';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Years of 365 days: five years to the day, leap day included, are five years.
const YEAR = 365 * DAY;

type Unit = 'year' | 'day' | 'hour' | 'minute';

/** `n` with its unit's word in the locale's plural form, one space between: "3 days", "3 天". */
function count(n: number, unit: Unit, locale: Locale): string {
	const f = numberFormat(locale, {
		style: 'unit',
		unit,
		unitDisplay: 'long',
		useGrouping: false
	});
	// Chinese writes "3天"; the app's pages put a space between a number and its unit.
	return f
		.formatToParts(n)
		.map((p) => p.value.trim())
		.filter(Boolean)
		.join(' ');
}

/**
 * How old something is, for people: whole years (of 365 days) from a year on, else whole days
 * and hours (minutes under an hour). The age of a rate snapshot at a quote's or a receipt's
 * instant. Negative ages read as zero.
 *
 * @example
 * formatAge(Date.parse('2026-03-16T23:59:59Z') - Date.parse('2026-03-13T15:00:00Z'), 'en') // '3 days 8 hours'
 * formatAge(90 * 60_000, 'zh-CN') // '1 小时'
 * formatAge(Date.parse('2026-12-06T22:00:00Z') - Date.parse('2022-05-11T10:15:00Z'), 'en') // '4 years'
 */
export function formatAge(ms: number, locale: Locale): string {
	const safe = Math.max(0, ms);
	const years = Math.floor(safe / YEAR);
	if (years >= 1) return count(years, 'year', locale);
	if (safe < HOUR) return count(Math.floor(safe / 60_000), 'minute', locale);
	const days = Math.floor(safe / DAY);
	const hours = Math.floor((safe % DAY) / HOUR);
	const parts: string[] = [];
	if (days) parts.push(count(days, 'day', locale));
	if (hours) parts.push(count(hours, 'hour', locale));
	return parts.join(' ');
}
