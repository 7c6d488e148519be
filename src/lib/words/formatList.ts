import type { Locale } from './locales';

/**
 * Items as a list in the locale's words: "A, B, and C" in English, "A、B和C" in Chinese.
 *
 * @example
 * formatList(['Mexico', 'India'], 'zh-CN') // 'Mexico和India'
 */
export function formatList(
	items: string[],
	locale: Locale,
	type: 'conjunction' | 'disjunction' = 'conjunction'
): string {
	return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}
