/** Every notice code the engine itself raises (schedule-format.md, Limits and notices). */
export const ENGINE_NOTICE_CODES = [
	'unsupported_type',
	'unsupported_funding',
	'unsupported_payout',
	'unsupported_profile',
	'unsupported_speed',
	'rate_stale',
	'unsupported_currency',
	'unsupported_origin',
	'unsupported_destination',
	'unsupported_target_currency',
	'no_rate',
	'nothing_received',
	'no_solution',
	'below_minimum',
	'above_maximum'
] as const;

export type EngineNoticeCode = (typeof ENGINE_NOTICE_CODES)[number];

/**
 * The words of an engine notice in a locale, which the caller gives: the engine speaks in codes
 * and data. `amount` is a broken limit, as "10000.00 USD".
 */
export type NoticeWords = (code: EngineNoticeCode, locale: string, amount?: string) => string;
