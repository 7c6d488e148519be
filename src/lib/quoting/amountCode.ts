/** What can be wrong with an amount's form. */
export type AmountCode = 'too_many_digits' | 'negative' | 'not_positive' | 'invalid_amount';

/** Most transfers a period may count (`transfersThisPeriod`). */
export const MAX_TRANSFERS = 100_000;

/** quote.md's amount: digits, one optional point, at most 15 digits before it. */
export const AMOUNT = /^[0-9]{1,15}(\.[0-9]+)?$/;

/**
 * What is wrong with an amount string under quote.md's rules (digits, one optional point, at most
 * 15 before it, greater than zero unless `zero` is allowed), or null when it is right. The
 * currency's decimal places are checked where the currency is known. Free of zod, so the widget
 * can carry it.
 *
 * @example
 * amountCode('1e3') // 'invalid_amount'
 * amountCode('0.00') // 'not_positive'
 */
export function amountCode(value: unknown, zero = false): AmountCode | null {
	if (typeof value !== 'string') return null;
	if (/^[0-9]{16,}(\.[0-9]+)?$/.test(value)) return 'too_many_digits';
	if (/^-[0-9]+(\.[0-9]+)?$/.test(value)) return zero ? 'negative' : 'not_positive';
	if (!AMOUNT.test(value)) return 'invalid_amount';
	return !zero && /^[0.]+$/.test(value) ? 'not_positive' : null;
}
