import type { Component, Schedule } from '$lib/engine';
import {
	describeCondition,
	describeMoneyMap,
	formatList,
	formatPercent,
	type Locale,
	pick,
	schedulesText
} from '$lib/words';

/** The words a schedule's page says its parts in: its texts, and its conditions, money and names. */
export function scheduleWords(s: Schedule, locale: Locale) {
	const t = pick(schedulesText, locale);
	return {
		t,
		/** The names of a group of keys (types, funding …), as a list; "none" for none. */
		names: (o: Record<string, { name: Record<string, string> }> | undefined) =>
			formatList(
				Object.values(o ?? {}).map((x) => x.name[locale] ?? x.name.en),
				locale
			) || t.none,
		when: (c: Component['when']) => describeCondition(s, c, locale),
		money: (m: Record<string, string> | null | undefined) =>
			m ? describeMoneyMap(m, s.baseCurrency, locale) : '',
		pct: (p: string | null | undefined) => (p ? formatPercent(p, locale) : '')
	};
}
