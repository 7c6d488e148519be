import type { CountCondition, MoneyMap, Schedule, Tiers } from '../engine';
import { type Locale, pick } from './locales';
import { describeMoneyMap } from './describeMoneyMap';
import { schedulesText, type SchedulesText } from './i18n/schedules';

/** The words for the schedule's usage period ("each calendar month"), neutral without one. */
export const usageWords = (s: Schedule, t: SchedulesText) => t.usage[s.usagePeriod ?? 'none'];

/**
 * A component's allowance in words, with the schedule's usage period.
 *
 * @example
 * describeAllowance(s, { EUR: '1000.00' }, 'en')
 * // 'The first €1,000.00 each calendar month is free of this fee.'
 */
export function describeAllowance(s: Schedule, allowance: MoneyMap, locale: Locale): string {
	const t = pick(schedulesText, locale);
	return t.allowance(describeMoneyMap(allowance, s.baseCurrency, locale), usageWords(s, t).each);
}

/** How a tier with `basis: "period"` picks its bracket; null for tiers of one transfer. */
export function describePeriodTiers(s: Schedule, tiers: Tiers, t: SchedulesText): string | null {
	if (tiers.basis !== 'period') return null;
	return t.periodTiers[tiers.mode](usageWords(s, t).this);
}

/**
 * A `transfersThisPeriod` bound in words. The request counts the transfers made before this one,
 * so a count `c` is the transfer numbered `c + 1`: `{gte: 3}` is "from the 4th transfer".
 *
 * @example
 * describeTransferCount(s, { lt: 1 }, t) // 'for the first transfer this calendar month'
 */
export function describeTransferCount(s: Schedule, c: CountCondition, t: SchedulesText): string {
	const period = usageWords(s, t).this;
	const lows = [c.gte === undefined ? 1 : c.gte + 1, c.gt === undefined ? 1 : c.gt + 2];
	const highs = [c.lte === undefined ? Infinity : c.lte + 1, c.lt ?? Infinity];
	const lo = Math.max(...lows);
	const hi = Math.min(...highs);
	if (hi === Infinity) return t.transfers.from(t.nth(lo), period);
	if (lo === hi) return lo === 1 ? t.transfers.first(period) : t.transfers.only(t.nth(lo), period);
	if (lo === 1) return t.transfers.upTo(hi, period);
	return t.transfers.between(t.nth(lo), t.nth(hi), period);
}
