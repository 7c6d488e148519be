export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each locale's name in its own language, as a language switch offers it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Whether a string is one of the app's locales. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best app locale for an Accept-Language header: any `zh` (zh, zh-CN, zh-Hans, zh-SG …) picks
 * zh-CN, weighted by q; everything else English.
 *
 * @example
 * negotiateLocale('zh-CN,zh;q=0.9,en;q=0.8') // 'zh-CN'
 */
export function negotiateLocale(header: string | null | undefined): Locale {
	if (!header) return 'en';
	const ranked = header
		.split(',')
		.map((part) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			const weight = q ? Number(q.slice(2)) : 1;
			return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0 };
		})
		.filter((x) => x.tag && x.weight > 0)
		.sort((a, b) => b.weight - a.weight);
	for (const { tag } of ranked) {
		if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
		if (tag === 'en' || tag.startsWith('en-') || tag === '*') return 'en';
	}
	return 'en';
}

/** Texts of one feature in every locale; each feature keeps its own dictionary file. */
export type Dictionary<T> = Record<Locale, T>;

/** A feature's texts in a locale. */
export function pick<T>(dict: Dictionary<T>, locale: Locale): T {
	return dict[locale] ?? dict.en;
}
