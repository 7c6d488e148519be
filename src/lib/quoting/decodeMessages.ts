type Catalogue = Record<string, (p: Record<string, string>) => string>;

/** Words for decode issues and notices, per locale. Tests assert codes, not these. */
export const DECODE_MESSAGES: Record<'en' | 'zh-CN', Catalogue> = {
	en: {
		invalid_body: () => 'the request must be a JSON object',
		required: (p) => `${p.field} is required`,
		invalid_type: (p) => `${p.field} must be a string`,
		unknown_field: (p) => `${p.field} is not a decode field`,
		invalid_amount: (p) =>
			`${p.field} must be a plain decimal such as "100.00" (digits, one optional point)`,
		too_many_digits: (p) => `${p.field} has at most 15 digits before the point`,
		not_positive: (p) => `${p.field} must be greater than zero`,
		negative: (p) => `${p.field} must not be negative`,
		too_many_decimals: (p) =>
			`${p.field}: ${p.currency} amounts have at most ${p.places} decimal places`,
		invalid_currency: (p) => `${p.field} must be an ISO 4217 code such as "USD"`,
		unknown_currency: (p) => `${p.field} ${p.value} is not an ISO 4217 currency`,
		same_currency: (p) => `${p.first} and ${p.field} must differ`,
		invalid_date: (p) =>
			`${p.field} must be a date such as "2026-03-16" or an ISO 8601 instant with an offset`,
		date_in_future: (p) => `${p.field} ${p.value} has not happened yet`,
		invalid_country: (p) => `${p.field} must be an ISO 3166-1 alpha-2 code such as "MX"`,
		invalid_source: (p) => `${p.field} must match [a-z0-9][a-z0-9._-]*, such as "ecb"`,
		unknown_rate_source: (p) => `there are no reference rates from "${p.value}"`,
		rate_source_required: (p) => `${p.field} is required: the rates come from ${p.sources}`,
		no_reference_rate: (p) => `there is no ${p.source} reference rate for ${p.pair} on ${p.at}`,
		unsupported_locale: () => 'locale must be en or zh-CN',
		reference_rate_old: (p) =>
			`the reference rate is from ${p.asOf}, more than 4 days before the transfer`
	},
	'zh-CN': {
		invalid_body: () => '请求必须是 JSON 对象',
		required: (p) => `缺少 ${p.field}`,
		invalid_type: (p) => `${p.field} 必须是字符串`,
		unknown_field: (p) => `${p.field} 不是解读字段`,
		invalid_amount: (p) => `${p.field} 须为普通小数，例如 "100.00"（数字，至多一个小数点）`,
		too_many_digits: (p) => `${p.field} 整数部分最多 15 位`,
		not_positive: (p) => `${p.field} 必须大于零`,
		negative: (p) => `${p.field} 不能为负数`,
		too_many_decimals: (p) => `${p.field}：${p.currency} 金额最多 ${p.places} 位小数`,
		invalid_currency: (p) => `${p.field} 须为 ISO 4217 货币代码，例如 "USD"`,
		unknown_currency: (p) => `${p.field} ${p.value} 不是 ISO 4217 货币`,
		same_currency: (p) => `${p.first}与${p.field}必须不同`,
		invalid_date: (p) => `${p.field} 须为日期（例如 "2026-03-16"）或带时区的 ISO 8601 时间`,
		date_in_future: (p) => `${p.field} ${p.value} 尚未到来`,
		invalid_country: (p) => `${p.field} 须为 ISO 3166-1 两位国家代码，例如 "MX"`,
		invalid_source: (p) => `${p.field} 须匹配 [a-z0-9][a-z0-9._-]*，例如 "ecb"`,
		unknown_rate_source: (p) => `没有来自 "${p.value}" 的参考汇率`,
		rate_source_required: (p) => `缺少 ${p.field}：汇率来源有 ${p.sources}`,
		no_reference_rate: (p) => `${p.at} 没有 ${p.pair} 的 ${p.source} 参考汇率`,
		unsupported_locale: () => 'locale 须为 en 或 zh-CN',
		reference_rate_old: (p) => `参考汇率发布于 ${p.asOf}，比转账早 4 天以上`
	}
};

/** A decode issue's or notice's words in a locale (English when unknown). */
export function decodeMessage(
	code: string,
	locale: string,
	params: Record<string, string>
): string {
	const cat = DECODE_MESSAGES[locale as 'en'] ?? DECODE_MESSAGES.en;
	return (cat[code] ?? DECODE_MESSAGES.en[code] ?? (() => code))(params);
}
