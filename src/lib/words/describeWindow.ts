import type { Window } from '../engine';
import { dateTimeFormat } from './_lib/intlFormat';
import { formatWeekTime } from './formatTime';
import { type Locale } from './locales';
import type { SchedulesText } from './i18n/schedules';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** 2024-01-01 was a Monday: day `i` of the week is this instant plus `i` days, read in UTC. */
const MONDAY = Date.UTC(2024, 0, 1);

/** Intl has the zone's long name ("Eastern Time") but no city names, so the dictionary has a few. */
function genericName(timeZone: string, locale: Locale): string | undefined {
	try {
		return dateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
			.formatToParts(0)
			.find((p) => p.type === 'timeZoneName')?.value;
	} catch {
		return undefined;
	}
}

/**
 * An IANA time zone for people: "New York time", "纽约时间". The city comes from the dictionary,
 * else (English) the zone's last segment; Chinese without a city says Intl's name of the zone.
 *
 * @example
 * zoneName('America/New_York', 'en', t) // 'New York time'
 */
export function zoneName(timeZone: string, locale: Locale, t: SchedulesText): string {
	const city = t.city[timeZone];
	if (city) return t.zoneTime(city);
	if (locale !== 'en') {
		const generic = genericName(timeZone, locale);
		if (generic) return generic;
	}
	return t.zoneTime(timeZone.split('/').at(-1)!.replace(/_/g, ' '));
}

/** `"fri 17:00"` as "Friday 17:00" (weekday and 24-hour time in the locale). */
function weekTime(at: string, locale: Locale, t: SchedulesText): string {
	const [day, clock] = at.split(' ');
	const [h, m] = clock.split(':');
	const instant =
		MONDAY + DAYS.indexOf(day) * 86_400_000 + (parseInt(h, 10) * 60 + parseInt(m, 10)) * 60_000;
	return formatWeekTime(instant, locale, { timeZone: 'UTC', weekday: t.weekday });
}

/**
 * A weekly window in words, with its time zone as a place.
 *
 * @example
 * describeWindow({ timeZone: 'America/New_York', from: 'fri 17:00', to: 'sun 18:00' }, 'en', t)
 * // 'Friday 17:00 to Sunday 18:00, New York time'
 */
export function describeWindow(w: Window, locale: Locale, t: SchedulesText): string {
	return t.window(
		weekTime(w.from, locale, t),
		weekTime(w.to, locale, t),
		zoneName(w.timeZone, locale, t)
	);
}
