import type { Condition, Schedule } from '../engine';
import { formatPercent } from './formatPercent';
import { type Locale } from './locales';
import { describeCondition } from './describeCondition';
import type { SchedulesText } from './i18n/schedules';

/** One `fx` entry for people: when it applies, and its margin over the reference rate. */
export interface MarginRow {
	when: string;
	margin: string;
}

const always = (when: Condition) => Object.keys(when).length === 0;

/**
 * A schedule's `fx` entries in words, in file order (the first matching one applies). An entry
 * without conditions after others reads "otherwise"; where no entry always matches, a last row
 * says the margin everything else gets: none. Empty for a schedule without `fx` entries.
 *
 * @example
 * describeMargins(revolut, 'en', t)
 * // [{ when: 'type is Exchange in the account and from Friday 17:00 to Sunday 18:00, New York time',
 * //    margin: '1%' }, { when: 'otherwise', margin: '0%' }]
 */
export function describeMargins(s: Schedule, locale: Locale, t: SchedulesText): MarginRow[] {
	const fx = s.fx ?? [];
	const rows = fx.map((f, i) => ({
		when: i > 0 && always(f.when) ? t.otherwise : describeCondition(s, f.when, locale),
		margin: formatPercent(f.marginPercent, locale)
	}));
	if (fx.length > 0 && !fx.some((f) => always(f.when)))
		rows.push({ when: t.otherwise, margin: formatPercent('0', locale) });
	return rows;
}
