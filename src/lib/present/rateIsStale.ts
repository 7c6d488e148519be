/** How many days old a rate snapshot may be before the page says today's rate will differ. */
export const STALE_RATE_DAYS = 3;
/**
 * The same for a rate from a source of tables, some weekly (the National Bank of Poland's table B,
 * on Wednesdays): a week and a day, so that a current weekly table is not called out of date.
 */
export const STALE_TABLE_DAYS = 8;

/**
 * Whether a rate snapshot dated `asOf` is older than `days` at `now` (epoch ms).
 *
 * @example
 * rateIsStale('2026-03-13T16:00:00Z', Date.parse('2026-12-01T00:00:00Z')) // true
 */
export function rateIsStale(asOf: string, now: number, days = STALE_RATE_DAYS): boolean {
	const t = Date.parse(asOf);
	return Number.isFinite(t) && now - t > days * 86_400_000;
}
