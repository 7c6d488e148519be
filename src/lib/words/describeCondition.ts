import type { Condition, Schedule } from '../engine';
import { countryName } from './names';
import { formatList } from './formatList';
import { type Locale, pick } from './locales';
import { describeMoneyMap } from './describeMoneyMap';
import { describeTransferCount } from './describeUsage';
import { describeWindow } from './describeWindow';
import { schedulesText, type SchedulesText } from './i18n/schedules';

export { describeMoneyMap };

const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [String(v)]);
const many = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : ([v].flat() as T[]));
/** A prefix and its words, without a space when the prefix is empty (Chinese says none). */
const say = (prefix: string, words: string) => (prefix ? `${prefix} ${words}` : words);

/** A region of a schedule in words: its name in the dictionary, else its key in lower case. */
export function regionName(key: string, t: SchedulesText): string {
	return t.region[key] ?? key.toLowerCase().replace(/_/g, ' ');
}

/**
 * A condition in words: "type is Send money and sent to Asia (Hong Kong, Japan)". `{}` is "always".
 *
 * @example
 * describeCondition(s, { scope: 'international' }, 'en') // 'the transfer is international'
 */
export function describeCondition(s: Schedule, when: Condition, locale: Locale): string {
	const t = pick(schedulesText, locale);
	const name = (o: Record<string, { name: Record<string, string> }> | undefined, k: string) =>
		o?.[k]?.name[locale] ?? o?.[k]?.name.en ?? k;
	const place = (v: string) =>
		v.startsWith('@')
			? `${regionName(v.slice(1), t)} (${formatList(
					(s.regions?.[v.slice(1)] ?? []).map((c) => countryName(c, locale)),
					locale
				)})`
			: countryName(v, locale);
	const words: Record<string, (v: string) => string> = {
		type: (v) => name(s.types, v),
		funding: (v) => name(s.funding, v),
		payout: (v) => name(s.payouts, v),
		profile: (v) => name(s.profiles, v),
		speed: (v) => name(s.speeds, v),
		currency: (v) => v,
		targetCurrency: (v) => v,
		origin: place,
		destination: place,
		scope: (v) => t.cond[v as 'domestic' | 'international']
	};
	const parts: string[] = [];
	for (const [key, word] of Object.entries(words)) {
		const values = list(when[key as keyof Condition]);
		if (values.length)
			parts.push(say(t.cond[key as keyof typeof t.cond], values.map(word).join(t.or)));
	}
	for (const b of ['gte', 'gt', 'lte', 'lt'] as const) {
		const m = [when.amount ?? []].flat()[0]?.[b];
		if (m) parts.push(`${t.cond[b]} ${describeMoneyMap(m, s.baseCurrency, locale)}`);
	}
	const counts = many(when.transfersThisPeriod).map((c) => describeTransferCount(s, c, t));
	if (counts.length) parts.push(say(t.cond.transfersThisPeriod, counts.join(t.or)));
	const windows = many(when.window).map((w) => t.during(describeWindow(w, locale, t)));
	if (windows.length) parts.push(windows.join(t.orClause));
	return parts.length ? parts.join(t.and) : t.always;
}
