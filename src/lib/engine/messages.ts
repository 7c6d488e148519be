const en = {
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

/** Every notice code the engine itself raises (schedule-format.md, Limits and notices). */
export type EngineNoticeCode = keyof typeof en;

const zhCN: Record<EngineNoticeCode, string> = {
	unsupported_type: '不提供此类转账。',
	unsupported_funding: '不接受此付款方式。',
	unsupported_payout: '不提供此收款方式。',
	unsupported_profile: '无法识别此账户类型。',
	unsupported_speed: '不提供此到账速度。',
	rate_stale: '参考汇率已过时。',
	unsupported_currency: '不能使用此币种付款。',
	unsupported_origin: '不能从该国家或地区汇款。',
	unsupported_destination: '不能向该国家或地区汇款。',
	unsupported_target_currency: '收款人在该国家或地区不能收取此币种。',
	no_rate: '此货币对没有可用汇率。',
	nothing_received: '扣除费用后收款人将收不到任何款项。',
	no_solution: '没有符合您要求的金额，请换一个金额试试。',
	below_minimum: '金额低于最低限额 {amount}。',
	above_maximum: '金额高于最高限额 {amount}。'
};

/** Words for the notices the engine itself raises, per locale; `{amount}` is a limit. */
export const NOTICE_MESSAGES: Record<string, Record<EngineNoticeCode, string>> = {
	en,
	'zh-CN': zhCN
};

/** The message for an engine notice code in a locale (English when the locale has none). */
export function noticeMessage(code: EngineNoticeCode, locale: string, amount = ''): string {
	const text = (
		Object.hasOwn(NOTICE_MESSAGES, locale) ? NOTICE_MESSAGES[locale] : NOTICE_MESSAGES.en
	)[code];
	return text.replace('{amount}', amount);
}
