import type { MoneyMap } from '../engine';
import { formatMoney } from './formatMoney';
import { type Locale } from './locales';

/** A MoneyMap in words: each currency's amount, base currency first. */
export function describeMoneyMap(map: MoneyMap, base: string, locale: Locale): string {
	const keys = [base, ...Object.keys(map).filter((c) => c !== base)];
	return keys.map((c) => formatMoney(map[c], c, locale)).join(' / ');
}
