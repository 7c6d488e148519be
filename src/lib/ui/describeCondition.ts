import type { Condition, MoneyMap, Schedule } from '../engine';
import { countryName, formatList, formatMoney, type Locale } from '../present';
import type { SchedulesText } from './i18n/schedules';

const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [String(v)]);

/** A MoneyMap in words: each currency's amount, base currency first. */
export function describeMoneyMap(map: MoneyMap, base: string, locale: Locale): string {
	const keys = [base, ...Object.keys(map).filter((c) => c !== base)];
	return keys.map((c) => formatMoney(map[c], c, locale)).join(' / ');
}

/** A region of a schedule in words: its name in the dictionary, else its key in lower case. */
export function regionName(key: string, t: SchedulesText): string {
	return t.region[key] ?? key.toLowerCase().replace(/_/g, ' ');
}

/**
 * A condition in words: "type is Send money and sent to Asia (Hong Kong, Japan)". `{}` is "always".
 *
 * @example
 * describeCondition(s, { scope: 'international' }, 'en', t) // 'the transfer is international'
 */
export function describeCondition(
	s: Schedule,
	when: Condition,
	locale: Locale,
	t: SchedulesText
): string {
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
		currency: (v) => v,
		targetCurrency: (v) => v,
		origin: place,
		destination: place,
		scope: (v) => t.cond[v as 'domestic' | 'international']
	};
	const parts: string[] = [];
	for (const [key, say] of Object.entries(words)) {
		const values = list(when[key as keyof Condition]);
		if (values.length)
			parts.push(`${t.cond[key as keyof typeof t.cond]} ${values.map(say).join(t.or)}`);
	}
	for (const b of ['gte', 'gt', 'lte', 'lt'] as const) {
		const m = [when.amount ?? []].flat()[0]?.[b];
		if (m) parts.push(`${t.cond[b]} ${describeMoneyMap(m, s.baseCurrency, locale)}`);
	}
	return parts.length ? parts.join(t.and) : t.always;
}
