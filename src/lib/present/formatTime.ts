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

/** A weekday and a time of day (a moment within the coming week), in a time zone: "Sunday 18:00". */
export function formatWeekTime(epochMs: number, locale: Locale, timeZone?: string): string {
	const part = (o: Intl.DateTimeFormatOptions) =>
		new Intl.DateTimeFormat(locale, { ...o, timeZone }).format(epochMs);
	return `${part({ weekday: 'long' })} ${part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
}

/**
 * A time zone for people: in English the city of its IANA name ("America/New_York" → "New York
 * time"); in other languages the zone's generic name from Intl ("北美东部时间").
 */
export function zoneName(timeZone: string, locale: Locale): string {
	if (locale === 'en') {
		const city = timeZone.split('/').pop()!.replace(/_/g, ' ');
		return `${city} time`;
	}
	try {
		const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
			.formatToParts(0)
			.find((p) => p.type === 'timeZoneName');
		return part?.value ?? timeZone;
	} catch {
		return timeZone;
	}
}
