type Message = (p: Record<string, string>) => string;

const en = {
	required: (p) => `${p.field} is required`,
	invalid_type: (p) => `${p.field} must be a string`,
	unknown_field: (p) => `${p.field} is not a request field`,
	invalid_amount: (p) =>
		`${p.field || 'amount'} must be a plain decimal such as "100.00" (digits, one optional point)`,
	too_many_digits: (p) => `${p.field || 'amount'} has at most 15 digits before the point`,
	not_positive: (p) => `${p.field || 'amount'} must be greater than zero`,
	negative: (p) => `${p.field} must not be negative`,
	invalid_count: (p) => `${p.field} must be a whole number such as 2`,
	count_out_of_range: (p) => `${p.field} must be from 0 to 100000`,
	too_many_decimals: (p) => `${p.currency} amounts have at most ${p.places} decimal places`,
	invalid_key: (p) => `${p.field} must be a key such as "debit_card" (a-z, 0-9, _)`,
	invalid_id: (p) => `${p.field} must match [a-z0-9][a-z0-9._-]*`,
	invalid_country: (p) => `${p.field} must be an ISO 3166-1 alpha-2 code such as "US"`,
	invalid_currency: (p) => `${p.field} must be an ISO 4217 code such as "USD"`,
	unknown_currency: (p) => `${p.field} ${p.value} is not an ISO 4217 currency`,
	invalid_mode: () => 'mode must be send, pay or receive',
	unsupported_locale: () => 'locale must be en or zh-CN',
	invalid_instant: () =>
		'at must be an ISO 8601 instant with an offset, such as "2026-11-22T10:00:00Z"',
	unknown_schedule: (p) => `there is no schedule "${p.value}"`,
	unknown_version: (p) => `schedule "${p.schedule}" has no version "${p.value}"`,
	schedule_not_effective: (p) =>
		`schedule "${p.schedule}" does not exist yet at ${p.at}; its first version starts ${p.from}`,
	invalid_body: (p) =>
		p.field
			? `${p.field} must be a JSON object`
			: `the ${p.shape ? `body must be a JSON object ${p.shape}` : 'request must be a JSON object'}`,
	invalid_value: (p) => `${p.field} has a value that is not allowed here`,
	unknown_vary_key: (p) =>
		`${p.key} cannot be varied; vary type, funding, payout, speed, destination or schedule`,
	invalid_list: (p) => `${p.field} must be a list of strings`,
	empty_list: (p) => `${p.field} must name at least one value`,
	duplicate_value: (p) => `${p.field} repeats "${p.value}"`,
	too_many_combinations: (p) =>
		`the comparison asks for ${p.count} quotes; at most ${p.max} are allowed`,
	// Decoding a receipt (decode.md).
	same_currency: (p) => `${p.first} and ${p.field} must differ`,
	invalid_date: (p) =>
		`${p.field} must be a date such as "2026-03-16" or an ISO 8601 instant with an offset`,
	date_in_future: (p) => `${p.field} ${p.value} has not happened yet`,
	invalid_source: (p) => `${p.field} must match [a-z0-9][a-z0-9._-]*, such as "ecb"`,
	unknown_rate_source: (p) => `there are no reference rates from "${p.value}"`,
	rate_source_required: (p) => `${p.field} is required: the rates come from ${p.sources}`,
	no_reference_rate: (p) =>
		p.currency
			? `there is no reference rate for ${p.currency} on ${p.at} (sources here: ${p.source})`
			: `there is no ${p.source} reference rate for ${p.pair} on ${p.at}`,
	reference_rate_old: (p) =>
		`the reference rate is from ${p.asOf}, more than 4 days before the transfer`
} satisfies Record<string, Message>;

/** Every issue code the quoting layer raises (requests, comparisons, price impact). */
export type RequestIssueCode = keyof typeof en;

const zhCN: Record<RequestIssueCode, Message> = {
	required: (p) => `缺少 ${p.field}`,
	invalid_type: (p) => `${p.field} 必须是字符串`,
	unknown_field: (p) => `${p.field} 不是请求字段`,
	invalid_amount: (p) => `${p.field || '金额'} 须为普通小数，例如 "100.00"（数字，至多一个小数点）`,
	too_many_digits: (p) => `${p.field || '金额'} 整数部分最多 15 位`,
	not_positive: (p) => `${p.field || '金额'} 必须大于零`,
	negative: (p) => `${p.field} 不能为负数`,
	invalid_count: (p) => `${p.field} 须为整数，例如 2`,
	count_out_of_range: (p) => `${p.field} 须在 0 到 100000 之间`,
	too_many_decimals: (p) => `${p.currency} 金额最多 ${p.places} 位小数`,
	invalid_key: (p) => `${p.field} 须为键名，例如 "debit_card"（a-z、0-9、_）`,
	invalid_id: (p) => `${p.field} 须匹配 [a-z0-9][a-z0-9._-]*`,
	invalid_country: (p) => `${p.field} 须为 ISO 3166-1 两位国家代码，例如 "US"`,
	invalid_currency: (p) => `${p.field} 须为 ISO 4217 货币代码，例如 "USD"`,
	unknown_currency: (p) => `${p.field} ${p.value} 不是 ISO 4217 货币`,
	invalid_mode: () => 'mode 须为 send、pay 或 receive',
	unsupported_locale: () => 'locale 须为 en 或 zh-CN',
	invalid_instant: () => 'at 须为带时区的 ISO 8601 时间，例如 "2026-11-22T10:00:00Z"',
	unknown_schedule: (p) => `没有费率表 "${p.value}"`,
	unknown_version: (p) => `费率表 "${p.schedule}" 没有版本 "${p.value}"`,
	schedule_not_effective: (p) =>
		`费率表 "${p.schedule}" 在 ${p.at} 尚未生效；首个版本自 ${p.from} 起生效`,
	invalid_body: (p) =>
		p.field
			? `${p.field} 必须是 JSON 对象`
			: `${p.shape ? `请求体必须是 JSON 对象 ${p.shape}` : '请求必须是 JSON 对象'}`,
	invalid_value: (p) => `${p.field} 的值在此不可用`,
	unknown_vary_key: (p) =>
		`${p.key} 不可变化；可变化的有 type、funding、payout、speed、destination、schedule`,
	invalid_list: (p) => `${p.field} 必须是字符串列表`,
	empty_list: (p) => `${p.field} 至少要有一个值`,
	duplicate_value: (p) => `${p.field} 重复了 "${p.value}"`,
	too_many_combinations: (p) => `比较需要 ${p.count} 个报价，最多允许 ${p.max} 个`,
	same_currency: (p) => `${p.first}与${p.field}必须不同`,
	invalid_date: (p) => `${p.field} 须为日期（例如 "2026-03-16"）或带时区的 ISO 8601 时间`,
	date_in_future: (p) => `${p.field} ${p.value} 尚未到来`,
	invalid_source: (p) => `${p.field} 须匹配 [a-z0-9][a-z0-9._-]*，例如 "ecb"`,
	unknown_rate_source: (p) => `没有来自 "${p.value}" 的参考汇率`,
	rate_source_required: (p) => `缺少 ${p.field}：汇率来源有 ${p.sources}`,
	no_reference_rate: (p) =>
		p.currency
			? `${p.at} 没有 ${p.currency} 的参考汇率（此处的来源：${p.source}）`
			: `${p.at} 没有 ${p.pair} 的 ${p.source} 参考汇率`,
	reference_rate_old: (p) => `参考汇率发布于 ${p.asOf}，比转账早 4 天以上`
};

/** Words for the quoting layer's issues, per locale. Tests assert codes, not these. */
export const REQUEST_MESSAGES = { en, 'zh-CN': zhCN };

/** An issue's words in a locale (English when unknown). */
export function requestMessage(
	code: RequestIssueCode,
	locale: string,
	params: Record<string, string>
): string {
	const cat = Object.hasOwn(REQUEST_MESSAGES, locale)
		? REQUEST_MESSAGES[locale as 'en']
		: REQUEST_MESSAGES.en;
	return cat[code](params);
}
