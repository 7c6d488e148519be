type Message = (p: Record<string, string>) => string;

// What can be wrong with an alert (POST /api/v1/alerts, the calculator's "Tell me when it gets
// better" form, an alert's links), beside the request's own issues (requestMessages).
const en = {
	unknown_field: (p) => `${p.field} is not an alert field`,
	invalid_type: (p) => `${p.field} must be ${p.shape}`,
	contact_required: () => 'an alert needs an email address, a webhook, or both',
	invalid_email: (p) => `${p.field} must be an email address such as "ana@example.com"`,
	invalid_webhook_url: (p) => `${p.field} must be an https URL such as "https://example.com/hook"`,
	condition_required: () =>
		'condition must be one of recipientGetsAtLeast, totalCostAtMost or totalCostPercentAtMost',
	condition_currency: (p) => `${p.field} must be ${p.expected}, the currency ${p.of}`,
	unknown_currency: (p) => `${p.field} ${p.value} is not an ISO 4217 currency`,
	invalid_amount: (p) =>
		`${p.field} must be a plain decimal greater than zero with at most ${p.places} decimal places, such as "8800.00"`,
	invalid_percent: (p) => `${p.field} must be a percent from 0 to 100 such as "2.50"`,
	fixed_instant: () =>
		'request.at must be left out: an alert prices the request each time it checks',
	not_priceable: (p) => `the request cannot be priced as it stands: ${p.reasons}`,
	too_many_alerts: (p) => `${p.email} already has ${p.max} active alerts; delete one first`,
	rate_limited: (p) => `too many alerts from here; try again in ${p.minutes} minutes`,
	invalid_link: () => 'this link is not one of ours, or it was changed',
	expired_link: () => 'this link has expired; make the alert again',
	no_alert: () => 'there is no such alert: it may have been deleted'
} satisfies Record<string, Message>;

/** Every issue code of alerts. */
export type AlertIssueCode = keyof typeof en;

const zhCN: Record<AlertIssueCode, Message> = {
	unknown_field: (p) => `${p.field} 不是提醒的字段`,
	invalid_type: (p) => `${p.field} 必须是${p.shape}`,
	contact_required: () => '提醒需要一个电子邮件地址或一个 webhook，或两者都有',
	invalid_email: (p) => `${p.field} 必须是电子邮件地址，例如 "ana@example.com"`,
	invalid_webhook_url: (p) => `${p.field} 必须是 https 网址，例如 "https://example.com/hook"`,
	condition_required: () =>
		'condition 必须是 recipientGetsAtLeast、totalCostAtMost 或 totalCostPercentAtMost 之一',
	condition_currency: (p) => `${p.field} 必须是 ${p.expected}，即${p.of}的货币`,
	unknown_currency: (p) => `${p.field} ${p.value} 不是 ISO 4217 货币`,
	invalid_amount: (p) =>
		`${p.field} 必须是大于零的普通小数，最多 ${p.places} 位小数，例如 "8800.00"`,
	invalid_percent: (p) => `${p.field} 必须是 0 到 100 之间的百分比，例如 "2.50"`,
	fixed_instant: () => 'request.at 必须省略：提醒在每次检查时为请求报价',
	not_priceable: (p) => `此请求目前无法报价：${p.reasons}`,
	too_many_alerts: (p) => `${p.email} 已有 ${p.max} 个有效提醒；请先删除一个`,
	rate_limited: (p) => `此处创建的提醒太多；请 ${p.minutes} 分钟后再试`,
	invalid_link: () => '此链接不是我们发出的，或已被改动',
	expired_link: () => '此链接已过期；请重新创建提醒',
	no_alert: () => '没有这个提醒：它可能已被删除'
};

export const ALERT_MESSAGES = { en, 'zh-CN': zhCN };

/** An alert issue's words in a locale (English when unknown). */
export function alertMessage(
	code: AlertIssueCode,
	locale: string,
	params: Record<string, string> = {}
): string {
	const cat = Object.hasOwn(ALERT_MESSAGES, locale)
		? ALERT_MESSAGES[locale as 'en']
		: ALERT_MESSAGES.en;
	return cat[code](params);
}
