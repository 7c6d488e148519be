import type { Notice } from '../engine';

/** What a person can do about a notice: words, and a page to read more when there is one. */
export interface NoticeHelp {
	text: string;
	url?: string;
}

/**
 * The help of a notice: the schedule's own (`notice.help`, already in the request's locale), else
 * the project's default text for its code, else null.
 *
 * @example
 * noticeHelp({ code: 'sanctioned_destination', … }, { sanctioned_destination: 'Choose …' })
 * // { text: 'Choose …' }
 */
export function noticeHelp(notice: Notice, defaults: Record<string, string>): NoticeHelp | null {
	if (notice.help) return notice.help;
	const text = defaults[notice.code];
	return text ? { text } : null;
}
