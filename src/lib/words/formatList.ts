import type { Locale } from './locales';
import { listFormat } from './_lib/intlFormat';

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
	return listFormat(locale, type).format(items);
}
