import type { Locale } from './locales';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Years of 365 days: five years to the day, leap day included, are five years.
const YEAR = 365 * DAY;

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
	const zh = locale === 'zh-CN';
	const safe = Math.max(0, ms);
	const years = Math.floor(safe / YEAR);
	if (years >= 1) return zh ? `${years} 年` : `${years} year${years === 1 ? '' : 's'}`;
	if (safe < HOUR) {
		const minutes = Math.floor(safe / 60_000);
		return zh ? `${minutes} 分钟` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
	}
	const days = Math.floor(safe / DAY);
	const hours = Math.floor((safe % DAY) / HOUR);
	if (zh) return [days ? `${days} 天` : '', hours ? `${hours} 小时` : ''].filter(Boolean).join(' ');
	const part = (n: number, unit: string) => (n ? `${n} ${unit}${n === 1 ? '' : 's'}` : '');
	return [part(days, 'day'), part(hours, 'hour')].filter(Boolean).join(' ');
}
