import type { Notice } from '../engine';
import { noticeMessage } from './noticeMessages';
import { formatMoney } from './formatMoney';
import type { Locale } from './locales';

/**
 * A notice's words for the page: a limit reads as money in the locale ("above the maximum of
 * $10,000.00"), other notices as the engine or schedule worded them.
 */
export function noticeText(n: Notice, locale: Locale): string {
	if (!n.limit || (n.code !== 'below_minimum' && n.code !== 'above_maximum')) return n.message;
	return noticeMessage(n.code, locale, formatMoney(n.limit.amount, n.limit.currency, locale));
}
