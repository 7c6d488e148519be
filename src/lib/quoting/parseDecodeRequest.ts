import { minorUnits } from '../engine';
import { isInstant } from '../rulesfiles';
import type { RequestIssue } from './RequestIssue';
import { amountCode } from './amountCode';
import { type RequestIssueCode, requestMessage } from '../words';

/** A receipt to decode (decode.md), every field a string so query parameters parse the same. */
export interface DecodeRequest {
	sent: string;
	sentCurrency: string;
	received: string;
	receivedCurrency: string;
	fee?: string;
	date: string;
	destination?: string;
	source?: string;
	locale?: 'en' | 'zh-CN';
}

/** A decode request checked field by field, with the instant its `date` stands for (epoch ms). */
export type ParseDecodeResult =
	| { ok: true; request: DecodeRequest; at: string; time: number }
	| { ok: false; issues: RequestIssue[] };

const FIELDS = [
	'sent',
	'sentCurrency',
	'received',
	'receivedCurrency',
	'fee',
	'date',
	'destination',
	'source',
	'locale'
] as const;
const REQUIRED = new Set(['sent', 'sentCurrency', 'received', 'receivedCurrency', 'date']);
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/** The last time zones to start a day are 14 hours ahead of UTC. */
const EARLIEST_OFFSET = '+14:00';

/** The instant a `date` stands for: a day is its end in UTC; an instant with an offset is itself. */
function instantOf(date: string): { at: string; starts: number } | null {
	if (DATE.test(date)) {
		const at = `${date}T23:59:59Z`;
		return isInstant(at) ? { at, starts: Date.parse(`${date}T00:00:00${EARLIEST_OFFSET}`) } : null;
	}
	return isInstant(date) ? { at: date, starts: Date.parse(date) } : null;
}

/**
 * Checks a decode request's fields: amounts by quote.md's rules in their own currencies (`fee` may
 * be zero), ISO codes, differing currencies, a date that has begun somewhere by `now` (epoch ms).
 * Messages name each field by `names` (a page's words for them), else by its own name.
 *
 * @example
 * parseDecodeRequest({ sent: '1000.00', sentCurrency: 'USD', received: '16950.00', receivedCurrency: 'MXN', date: '2026-03-16' }, now)
 * // { ok: true, request: {…}, at: '2026-03-16T23:59:59Z', time: 1773705599000 }
 */
export function parseDecodeRequest(
	input: unknown,
	now: number,
	names: Record<string, string> = {}
): ParseDecodeResult {
	const raw = input as Record<string, unknown>;
	const locale = typeof raw?.locale === 'string' ? raw.locale : 'en';
	const issues: RequestIssue[] = [];
	const add = (field: string, code: RequestIssueCode, extra: Record<string, string> = {}) =>
		issues.push({
			path: field === '' ? [] : [field],
			code,
			message: requestMessage(code, locale, {
				field: names[field] ?? field,
				first: names.sentCurrency ?? 'sentCurrency',
				...extra
			})
		});
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		add('', 'invalid_body');
		return { ok: false, issues };
	}
	for (const key of Object.keys(raw))
		if (!(FIELDS as readonly string[]).includes(key)) add(key, 'unknown_field');
	const text: Record<string, string> = {};
	for (const field of FIELDS) {
		const v = raw[field];
		if (v === undefined) {
			if (REQUIRED.has(field)) add(field, 'required');
		} else if (typeof v !== 'string') add(field, 'invalid_type');
		else text[field] = v;
	}
	for (const field of ['sentCurrency', 'receivedCurrency']) {
		const v = text[field];
		if (v === undefined) continue;
		if (!/^[A-Z]{3}$/.test(v)) add(field, 'invalid_currency', { value: v });
		else if (minorUnits(v) === undefined) add(field, 'unknown_currency', { value: v });
	}
	const amounts: [string, string][] = [
		['sent', 'sentCurrency'],
		['received', 'receivedCurrency'],
		['fee', 'sentCurrency']
	];
	for (const [field, currencyField] of amounts) {
		const v = text[field];
		if (v === undefined) continue;
		const code = amountCode(v, field === 'fee');
		if (code) {
			add(field, code);
			continue;
		}
		const currency = text[currencyField];
		const places = currency === undefined ? undefined : minorUnits(currency);
		if (places !== undefined && (v.split('.')[1]?.length ?? 0) > places)
			add(field, 'too_many_decimals', { currency, places: String(places) });
	}
	if (
		text.sentCurrency !== undefined &&
		text.sentCurrency === text.receivedCurrency &&
		!issues.some((i) => i.path[0] === 'sentCurrency')
	)
		add('receivedCurrency', 'same_currency');
	const when = text.date === undefined ? null : instantOf(text.date);
	if (text.date !== undefined && when === null) add('date', 'invalid_date', { value: text.date });
	if (when && when.starts > now) add('date', 'date_in_future', { value: text.date });
	if (text.destination !== undefined && !/^[A-Z]{2}$/.test(text.destination))
		add('destination', 'invalid_country', { value: text.destination });
	if (text.source !== undefined && !/^[a-z0-9][a-z0-9._-]*$/.test(text.source))
		add('source', 'invalid_source', { value: text.source });
	if (text.locale !== undefined && text.locale !== 'en' && text.locale !== 'zh-CN')
		add('locale', 'unsupported_locale');
	if (issues.length > 0 || when === null) return { ok: false, issues };
	return {
		ok: true,
		request: text as unknown as DecodeRequest,
		at: when.at,
		time: Date.parse(when.at)
	};
}
