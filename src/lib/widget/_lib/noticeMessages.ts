// The words of the engine's notices (src/lib/words/noticeMessages.ts) as the widget's build has
// them (widget.vite.config.ts): the ones the pricing answer sends (`noticeMessages`, every locale),
// rather than both languages' dictionaries in the script. The engine is given them as it is given
// the server's, so a quote priced here says what the server's says, byte for byte.

/** Per locale, the words of the notices the engine raises, as the pricing answers gave them. */
export const NOTICE_MESSAGES: Record<string, Record<string, string>> = {};

/** Adds the words of a pricing answer. */
export function learnNoticeMessages(messages: Record<string, Record<string, string>>): void {
	Object.assign(NOTICE_MESSAGES, messages);
}

/** The message for an engine notice code in a locale (English when the locale has none). */
export function noticeMessage(code: string, locale: string, amount = ''): string {
	const words = Object.hasOwn(NOTICE_MESSAGES, locale)
		? NOTICE_MESSAGES[locale]
		: NOTICE_MESSAGES.en;
	return (words?.[code] ?? code).replace('{amount}', amount);
}
