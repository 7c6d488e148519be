import type { EngineNoticeCode, Schedule } from '../engine';
import { NOTICE_MESSAGES, noticeMessage } from './noticeMessages';
import { type Locale, pick } from './locales';
import { schedulesText } from './i18n/schedules';

/** One help entry of a schedule for people: the situation in words, what to do, a page to read. */
export interface HelpLine {
	code: string;
	situation: string;
	text: string;
	url?: string;
}

const isEngineCode = (code: string): code is EngineNoticeCode =>
	Object.hasOwn(NOTICE_MESSAGES.en, code);

/**
 * The situation a help code stands for, never the code itself: a notice of the schedule says its
 * message; an engine code the engine's message (limits without their amount, which is per limit).
 */
export function helpSituation(s: Schedule, code: string, locale: Locale): string {
	const t = pick(schedulesText, locale);
	const notice = s.notices?.find((n) => n.id === code);
	if (notice) return notice.message[locale] ?? notice.message.en;
	if (Object.hasOwn(t.situation, code)) return t.situation[code];
	return isEngineCode(code) ? noticeMessage(code, locale) : code;
}

/**
 * The schedule's `help` in words, in the order of the file.
 *
 * @example
 * describeHelp(revolut, 'en')[0]
 * // { code: 'weekend_fee', situation: 'From Friday 17:00 to Sunday 18:00 New York time, …',
 * //   text: 'Exchange after Sunday 18:00 New York time to avoid the weekend mark-up.' }
 */
export function describeHelp(s: Schedule, locale: Locale): HelpLine[] {
	return Object.entries(s.help ?? {}).map(([code, h]) => {
		const line: HelpLine = {
			code,
			situation: helpSituation(s, code, locale),
			text: h.text[locale] ?? h.text.en
		};
		if (h.url) line.url = h.url;
		return line;
	});
}
