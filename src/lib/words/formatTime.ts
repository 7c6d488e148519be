import type { Locale } from './locales';
import { dateTimeFormat } from './_lib/intlFormat';

/** Day, month, time and the time zone's name, with the year or the weekday. */
const DAY_AND_TIME: Intl.DateTimeFormatOptions = {
	month: 'short',
	day: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	timeZoneName: 'short'
};

/** An instant for people, in the locale, with the time zone named. */
export function formatTime(epochMs: number, locale: Locale, timeZone?: string): string {
	return dateTimeFormat(locale, { ...DAY_AND_TIME, year: 'numeric', timeZone }).format(epochMs);
}

/** A calendar date for people, in the locale. */
export function formatDate(epochMs: number, locale: Locale, timeZone?: string): string {
	return dateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(epochMs);
}

/** When the money is available: `at` plus the delivery window, as two instants. */
export function deliveryWindow(
	at: string,
	minHours: number,
	maxHours: number
): { from: number; to: number } {
	const start = Date.parse(at);
	return { from: start + minHours * 3_600_000, to: start + maxHours * 3_600_000 };
}

/** When money arrives, for people: weekday, day, month, time and the time zone's name. */
export function formatArrival(epochMs: number, locale: Locale, timeZone?: string): string {
	return dateTimeFormat(locale, { ...DAY_AND_TIME, weekday: 'short', timeZone }).format(epochMs);
}

/**
 * A weekday and a time of day (a moment within a week), in a time zone: "Sunday 18:00", "周日 18:00".
 *
 * @example
 * formatWeekTime(Date.parse('2026-12-06T23:00:00Z'), 'en', { timeZone: 'America/New_York' }) // 'Sunday 18:00'
 */
export function formatWeekTime(
	epochMs: number,
	locale: Locale,
	{ timeZone, weekday = 'long' }: { timeZone?: string; weekday?: 'long' | 'short' } = {}
): string {
	const part = (o: Intl.DateTimeFormatOptions) =>
		dateTimeFormat(locale, { ...o, timeZone }).format(epochMs);
	return `${part({ weekday })} ${part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
}
