import type { RequestIssue } from './RequestIssue';
import { minorUnits } from '../engine';
import { isInstant } from '../rulesfiles';
import { type RequestIssueCode, requestMessage } from '../words';
import { amountCode } from './amountCode';
import { MAX_TRANSFERS, requestSchema, type QuoteRequest } from './requestSchema';
import { wellFormedRequest } from './_lib/wellFormedRequest';

export type ParseRequestResult =
	{ ok: true; request: QuoteRequest } | { ok: false; issues: RequestIssue[] };

const FORMAT_CODES: Record<string, RequestIssueCode> = {
	schedule: 'invalid_id',
	version: 'invalid_id',
	type: 'invalid_key',
	funding: 'invalid_key',
	payout: 'invalid_key',
	profile: 'invalid_key',
	speed: 'invalid_key',
	origin: 'invalid_country',
	destination: 'invalid_country',
	currency: 'invalid_currency',
	targetCurrency: 'invalid_currency',
	mode: 'invalid_mode',
	locale: 'unsupported_locale'
};

/** The issue code of a `transfersThisPeriod` that is not an integer from 0 to 100000. */
function countCode(value: unknown): RequestIssueCode {
	if (typeof value !== 'number' && typeof value !== 'string') return 'invalid_type';
	if (typeof value === 'string' && /^[0-9]{1,6}$/.test(value)) return 'invalid_type';
	const n = typeof value === 'number' ? value : /^-?[0-9]+$/.test(value) ? Number(value) : NaN;
	if (!Number.isInteger(n)) return 'invalid_count';
	return n < 0 || n > MAX_TRANSFERS ? 'count_out_of_range' : 'invalid_count';
}

/**
 * Checks a request's shape and each field's form (not yet against a schedule).
 *
 * @example
 * parseRequest({ schedule: 'w', type: 'transfer', funding: 'balance', destination: 'GB', currency: 'USD', mode: 'send', amount: '1e3' })
 * // { ok: false, issues: [{ path: ['amount'], code: 'invalid_amount', … }] }
 */
export function parseRequest(input: unknown): ParseRequestResult {
	const raw = input as Record<string, unknown>;
	const locale = typeof raw?.locale === 'string' ? raw.locale : 'en';
	const issue = (
		field: string,
		code: RequestIssueCode,
		extra: Record<string, string> = {}
	): RequestIssue => ({
		path: field === '' ? [] : [field],
		code,
		message: requestMessage(code, locale, { field, ...extra })
	});
	if (typeof input !== 'object' || input === null || Array.isArray(input))
		return { ok: false, issues: [issue('', 'invalid_body')] };
	const issues: RequestIssue[] = [];
	const plain = wellFormedRequest(input);
	const parsed = plain ? { success: true as const, data: plain } : requestSchema.safeParse(input);
	for (const i of parsed.success ? [] : parsed.error.issues) {
		const field = String(i.path[0] ?? '');
		if (i.code === 'unrecognized_keys')
			issues.push(...i.keys.map((k) => issue(k, 'unknown_field')));
		else if (raw[field] === undefined) issues.push(issue(field, 'required'));
		else if (field === 'transfersThisPeriod') issues.push(issue(field, countCode(raw[field])));
		else if (i.code === 'invalid_type') issues.push(issue(field, 'invalid_type'));
		else if (field === 'amount')
			issues.push(issue(field, amountCode(raw.amount) ?? 'invalid_amount'));
		else if (field === 'sentThisPeriod')
			issues.push(issue(field, amountCode(raw[field], true) ?? 'invalid_amount'));
		else
			issues.push(
				issue(field, FORMAT_CODES[field] ?? 'invalid_value', { value: String(raw[field]) })
			);
	}
	if (typeof raw.amount === 'string' && !issues.some((i) => i.path[0] === 'amount')) {
		const code = amountCode(raw.amount);
		if (code) issues.push(issue('amount', code));
	}
	if (typeof raw.at === 'string' && !isInstant(raw.at)) issues.push(issue('at', 'invalid_instant'));
	for (const field of ['currency', 'targetCurrency']) {
		const v = raw[field];
		if (typeof v === 'string' && /^[A-Z]{3}$/.test(v) && minorUnits(v) === undefined)
			issues.push(issue(field, 'unknown_currency', { value: v }));
	}
	if (issues.length > 0 || !parsed.success) return { ok: false, issues };
	return { ok: true, request: parsed.data };
}
