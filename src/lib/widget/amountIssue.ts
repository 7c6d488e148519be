import type { RequestIssueCode } from '../quoting';
// The amount rules of `src/lib/quoting/parseRequest.ts`. They are repeated here because that file
// (and `requestSchema.ts`, which holds AMOUNT) import zod, which the widget must not carry.
const AMOUNT = /^[0-9]{1,15}(\.[0-9]+)?$/;

/**
 * The issue code of a malformed amount, as the API gives it, or null when it is well formed.
 * The decimals allowed by the currency are checked later, by `resolveRequest`.
 *
 * @example
 * amountIssue('1e3') // 'invalid_amount'
 * amountIssue('0.00') // 'not_positive'
 */
export function amountIssue(value: string): RequestIssueCode | null {
	if (/^[0-9]{16,}(\.[0-9]+)?$/.test(value)) return 'too_many_digits';
	if (/^-[0-9]+(\.[0-9]+)?$/.test(value)) return 'not_positive';
	if (!AMOUNT.test(value)) return 'invalid_amount';
	return /^[0.]+$/.test(value) ? 'not_positive' : null;
}
