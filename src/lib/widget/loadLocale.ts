import { type Locale, widgetText } from '../words';

// The widget's build leaves the Chinese texts out of fee-calculator.js (widget.vite.config.ts): a
// page in English never loads them. Elsewhere (the app, tests) they are there from the start.
const CHUNKS: Partial<Record<Locale, () => Promise<typeof import('./locales/zh-CN')>>> = {
	'zh-CN': () => import('./locales/zh-CN')
};

const loading = new Map<Locale, Promise<boolean>>();

/**
 * Makes sure the element's texts in `locale` are there (the engine's come with the pricing answer): loads them once, beside
 * the script, where the build left them out. False when they could not be loaded (tried again on
 * the next call).
 *
 * @example
 * if (await loadLocale('zh-CN')) priceInBrowser(pricing, form, 'zh-CN', Date.now());
 */
export function loadLocale(locale: Locale): Promise<boolean> {
	const chunk = CHUNKS[locale];
	if (!chunk || widgetText[locale]) return Promise.resolve(true);
	let texts = loading.get(locale);
	if (!texts) {
		texts = chunk().then(
			(m) => {
				widgetText[locale] = m.widget;
				return true;
			},
			() => (loading.delete(locale), false)
		);
		loading.set(locale, texts);
	}
	return texts;
}
