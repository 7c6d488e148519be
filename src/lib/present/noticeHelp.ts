import type { Notice } from '../engine';
import type { Locale } from './locales';

/** What a person can do about a notice: words, and a page to read more when there is one. */
export interface NoticeHelp {
	text: string;
	url?: string;
}

type Text = string | Record<string, string>;
const inLocale = (t: Text, locale: Locale) =>
	typeof t === 'string' ? t : (t[locale] ?? t.en ?? Object.values(t)[0] ?? '');

/**
 * The help of a notice: the schedule's own (`notice.help`, when the engine passes one on), else the
 * project's default text for its code, else null.
 *
 * @example
 * noticeHelp({ code: 'sanctioned_destination', … }, 'en', { sanctioned_destination: 'Choose …' })
 * // { text: 'Choose …' }
 */
export function noticeHelp(
	notice: Notice,
	locale: Locale,
	defaults: Record<string, string>
): NoticeHelp | null {
	if ('help' in notice && notice.help && typeof notice.help === 'object') {
		const own = notice.help as { text?: Text; url?: string };
		if (own.text) return { text: inLocale(own.text, locale), ...(own.url ? { url: own.url } : {}) };
	}
	const text = defaults[notice.code];
	return text ? { text } : null;
}
