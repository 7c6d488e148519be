import type { EngineNoticeCode } from '../engine';
import zhCN from './noticeMessagesZhCN';

const en: Record<EngineNoticeCode, string> = {
	unsupported_type: 'This kind of transfer is not offered.',
	unsupported_funding: 'This way to pay is not accepted.',
	unsupported_payout: 'This payout method is not offered.',
	unsupported_profile: 'This account type is not recognised.',
	unsupported_speed: 'This delivery speed is not offered.',
	rate_stale: 'The reference exchange rate is out of date.',
	unsupported_currency: 'You cannot pay in this currency.',
	unsupported_origin: 'Transfers cannot be sent from this country.',
	unsupported_destination: 'Transfers cannot be sent to this country.',
	unsupported_target_currency: 'The recipient cannot receive this currency in this country.',
	no_rate: 'No exchange rate is available for this currency pair.',
	nothing_received: 'The fees would leave the recipient nothing.',
	no_solution: 'No amount gives exactly what you asked for; try another amount.',
	below_minimum: 'The amount is below the minimum of {amount}.',
	above_maximum: 'The amount is above the maximum of {amount}.'
};

/** Words for the notices the engine raises, per locale; `{amount}` is a limit. */
export const NOTICE_MESSAGES: Record<string, Record<EngineNoticeCode, string>> = {
	en,
	'zh-CN': zhCN
};

/**
 * The message for an engine notice code in a locale (English when the locale has none): the
 * engine's `NoticeWords`, which the quoting layer gives it.
 */
export function noticeMessage(code: EngineNoticeCode, locale: string, amount = ''): string {
	const text = (
		Object.hasOwn(NOTICE_MESSAGES, locale) ? NOTICE_MESSAGES[locale] : NOTICE_MESSAGES.en
	)[code];
	return text.replace('{amount}', amount);
}
