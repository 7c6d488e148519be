import { calculatorText, type Locale, pick } from '$lib/words';
import type { SupportWords } from './SupportLine.svelte';

/** The app's words for a support line (the widget has its own, in widgetText). */
export function supportWords(locale: Locale): SupportWords {
	const t = pick(calculatorText, locale);
	return {
		support: t.support + t.colon,
		chat: t.supportChat,
		hours: t.supportHours + t.colon,
		replyWithin: t.replyWithin
	};
}
