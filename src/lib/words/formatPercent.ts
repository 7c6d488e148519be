import { formatNumber } from './formatMoney';
import type { Locale } from './locales';

/**
 * A decimal-string percentage for people, the same way on every page: "5.26%" ("5.26%" in Chinese
 * too, which writes no space either).
 *
 * @example
 * formatPercent('5.26', 'en') // '5.26%'
 */
export function formatPercent(value: string, locale: Locale, digits?: number): string {
	return `${formatNumber(value, locale, digits)}%`;
}
