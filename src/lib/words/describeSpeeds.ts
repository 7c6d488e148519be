import type { Schedule } from '../engine';
import type { Locale } from './locales';
import type { SchedulesText } from './i18n/schedules';

/**
 * Each delivery speed by name, with the delivery times of the `delivery` entries that name it
 * ("Express (0–24 h)"); a speed no entry names is its name alone.
 *
 * @example
 * describeSpeeds(s, 'en', t) // ['Economy (24–72 h)', 'Express (0–24 h)']
 */
export function describeSpeeds(s: Schedule, locale: Locale, t: SchedulesText): string[] {
	return Object.entries(s.speeds ?? {}).map(([key, speed]) => {
		const name = speed.name[locale] ?? speed.name.en;
		const hours = (s.delivery ?? [])
			.filter((d) => [d.when.speed ?? []].flat().includes(key))
			.map((d) => t.hours(d.minHours, d.maxHours));
		const unique = [...new Set(hours)];
		return unique.length ? t.speedHours(name, unique.join(t.or)) : name;
	});
}
