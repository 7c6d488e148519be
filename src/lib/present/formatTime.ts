import type { Locale } from './locales';

/** An instant for people, in the locale, with the time zone named. */
export function formatTime(epochMs: number, locale: Locale, timeZone?: string): string {
	return new Intl.DateTimeFormat(locale, {
		year: 'numeric',
		month: 'short',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone,
		timeZoneName: 'short'
	}).format(epochMs);
}

/** A calendar date for people, in the locale. */
export function formatDate(epochMs: number, locale: Locale, timeZone?: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(epochMs);
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
	return new Intl.DateTimeFormat(locale, {
		weekday: 'short',
		month: 'short',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone,
		timeZoneName: 'short'
	}).format(epochMs);
}
