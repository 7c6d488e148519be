const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** The ECB publishes at about 16:00 CET (15:00 UTC, 14:00 UTC in summer): fetch at 15:30 UTC. */
export const ECB_MINUTE_UTC = 15 * 60 + 30;
/**
 * The National Bank of Poland publishes table A on business days and table B on Wednesdays between
 * 11:45 and 12:15 Warsaw time (10:15 UTC in summer, 11:15 UTC in winter): fetch at 11:30 UTC.
 */
export const NBP_MINUTE_UTC = 11 * 60 + 30;
/** Waits after the first, second, … failed attempt of a day: 5 minutes, doubling, at most 2 hours. */
export const BACKOFF_MS = (failures: number) =>
	Math.min(5 * MINUTE * 2 ** (failures - 1), 120 * MINUTE);

const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);
const isWeekday = (t: number) => new Date(t).getUTCDay() % 6 !== 0;

/**
 * When to fetch a daily feed next (epoch ms): at `minuteUtc` (the ECB's 15:30 UTC by default) on
 * weekdays; at once when that has passed today without a success; after a failure, after a
 * back-off, as long as the day lasts; after today's success, the next weekday.
 *
 * @example
 * nextRefresh(Date.parse('2026-03-13T09:00:00Z'), { lastSuccessDay: null, failures: 0 }) // Date.parse('2026-03-13T15:30:00Z')
 * nextRefresh(Date.parse('2026-03-13T15:31:00Z'), { lastSuccessDay: null, failures: 2 }) // 10 minutes on
 */
export function nextRefresh(
	now: number,
	{ lastSuccessDay, failures }: { lastSuccessDay: string | null; failures: number },
	minuteUtc: number = ECB_MINUTE_UTC
): number {
	const refreshTimeOn = (dayStart: number) => dayStart + minuteUtc * MINUTE;
	const today = now - (now % DAY);
	if (isWeekday(now) && lastSuccessDay !== dayOf(now)) {
		const target = refreshTimeOn(today);
		if (now < target) return target;
		const next = failures === 0 ? now : now + BACKOFF_MS(failures);
		if (next < today + DAY) return next;
	}
	let day = today + DAY;
	while (!isWeekday(day)) day += DAY;
	return refreshTimeOn(day);
}
