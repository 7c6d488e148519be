import { canonicalJson, minorUnits, type QuoteResult } from '../../engine';
import { amountCode, quote, type QuoteRequest, type RequestIssue } from '../../quoting';
import type { Rules } from '../../schedules';
import { type AlertIssueCode, alertMessage, isLocale, type Locale } from '../../words';
import type { AlertCondition } from './conditionHolds';

/** An alert as asked for, checked: what the store keeps. */
export interface NewAlert {
	request: QuoteRequest;
	/** The request's canonical JSON: alerts that share it are priced once. */
	requestKey: string;
	condition: AlertCondition;
	email: string | null;
	webhookUrl: string | null;
	locale: Locale;
}

export type ParseAlertResult =
	{ ok: true; alert: NewAlert; quote: QuoteResult } | { ok: false; issues: RequestIssue[] };

export interface ParseAlertOptions {
	rules: Rules;
	/** Epoch ms: the request is priced now, to refuse what cannot be priced. */
	now: number;
	/** Webhooks to http://127.0.0.1 and localhost too (the tests' receivers); else https only. */
	loopbackWebhooks?: boolean;
}

const FIELDS = new Set(['request', 'email', 'webhook', 'locale', 'condition']);
const CONDITIONS = ['recipientGetsAtLeast', 'totalCostAtMost', 'totalCostPercentAtMost'] as const;
// Practical, not RFC 5322's whole grammar: one @, a dot in the domain, no spaces, 254 at most.
const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]{2,}$/;
const PERCENT = /^(100(\.0{1,2})?|[0-9]{1,2}(\.[0-9]{1,2})?)$/;
const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a webhook URL may be called: https, or loopback http where allowed. */
function webhookAllowed(text: string, loopback: boolean): boolean {
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return false;
	}
	if (url.username || url.password) return false;
	if (url.protocol === 'https:') return true;
	return (
		loopback && url.protocol === 'http:' && /^(127\.0\.0\.1|localhost|\[::1\])$/.test(url.hostname)
	);
}

/**
 * Checks an alert as POST /api/v1/alerts takes it: `request` (a quote request as quote.md defines
 * it, without `at`), `email` and/or `webhook: {url}`, `locale`, and one `condition` in the
 * currency it is about. The request is priced now: an alert on what cannot be priced (issues, or
 * a blocked quote) is refused. Every issue names its field; the words are in `locale`.
 *
 * @example
 * parseAlert({ request: { … }, email: 'ana@example.com', locale: 'en', condition: { totalCostPercentAtMost: '2.50' } }, { rules, now })
 * // { ok: true, alert: { requestKey: '{"amount":"500.00",…}', … }, quote: { … } }
 */
export function parseAlert(body: unknown, options: ParseAlertOptions): ParseAlertResult {
	const locale: Locale = isObject(body) && isLocale(body.locale) ? body.locale : 'en';
	const issues: RequestIssue[] = [];
	const issue = (path: (string | number)[], code: AlertIssueCode, p: Record<string, string> = {}) =>
		issues.push({
			path,
			code,
			message: alertMessage(code, locale, { field: path.join('.'), ...p })
		});
	if (!isObject(body)) {
		issue([], 'invalid_type', {
			field: 'the body',
			shape: locale === 'en' ? 'a JSON object' : ' JSON 对象'
		});
		return { ok: false, issues };
	}
	for (const k of Object.keys(body)) if (!FIELDS.has(k)) issue([k], 'unknown_field');
	if (body.locale !== undefined && !isLocale(body.locale))
		issues.push({
			path: ['locale'],
			code: 'unsupported_locale',
			message: 'locale must be en or zh-CN'
		});

	const email = body.email;
	if (
		email !== undefined &&
		(typeof email !== 'string' || email.length > 254 || !EMAIL.test(email))
	)
		issue(['email'], 'invalid_email');
	const webhook = body.webhook;
	if (webhook !== undefined) {
		if (!isObject(webhook) || Object.keys(webhook).some((k) => k !== 'url'))
			issue(['webhook'], 'invalid_type', {
				shape: locale === 'en' ? 'an object {"url": "…"}' : '对象 {"url": "…"}'
			});
		else if (
			typeof webhook.url !== 'string' ||
			!webhookAllowed(webhook.url, options.loopbackWebhooks === true)
		)
			issue(['webhook', 'url'], 'invalid_webhook_url');
	}
	if (email === undefined && webhook === undefined) issue([], 'contact_required');

	const condition = conditionOf(body.condition, issue);
	const priced = pricedRequest(body.request, options, issue, issues);
	if (issues.length || !priced || !condition) return { ok: false, issues };
	checkCurrency(condition, priced.quote, issue);
	if (issues.length) return { ok: false, issues };
	return {
		ok: true,
		quote: priced.quote,
		alert: {
			request: priced.request,
			requestKey: canonicalJson(priced.request),
			condition,
			email: typeof email === 'string' ? email : null,
			webhookUrl: isObject(webhook) && typeof webhook.url === 'string' ? webhook.url : null,
			locale
		}
	};
}

type Issue = (path: (string | number)[], code: AlertIssueCode, p?: Record<string, string>) => void;

/** The condition, its amount in the form quote.md's amounts take; null with issues when wrong. */
function conditionOf(value: unknown, issue: Issue): AlertCondition | null {
	const keys = isObject(value) ? Object.keys(value) : [];
	const key = keys[0] as (typeof CONDITIONS)[number];
	if (!isObject(value) || keys.length !== 1 || !CONDITIONS.includes(key)) {
		issue(['condition'], 'condition_required');
		return null;
	}
	const v = value[key];
	const at = ['condition', key];
	if (key === 'totalCostPercentAtMost') {
		if (typeof v === 'string' && PERCENT.test(v)) return { totalCostPercentAtMost: v };
		issue(at, 'invalid_percent');
		return null;
	}
	if (
		!isObject(v) ||
		typeof v.amount !== 'string' ||
		typeof v.currency !== 'string' ||
		Object.keys(v).length !== 2
	) {
		issue(at, 'invalid_type', { shape: 'an object {"amount": "…", "currency": "…"}' });
		return null;
	}
	const places = minorUnits(v.currency);
	if (places === undefined) {
		issue([...at, 'currency'], 'unknown_currency', { value: v.currency });
		return null;
	}
	if (amountCode(v.amount) !== null || (v.amount.split('.')[1] ?? '').length > places) {
		issue([...at, 'amount'], 'invalid_amount', { places: String(places) });
		return null;
	}
	const money = { amount: v.amount, currency: v.currency };
	return key === 'recipientGetsAtLeast'
		? { recipientGetsAtLeast: money }
		: { totalCostAtMost: money };
}

/** The request, priced now; null with issues (under `request`) when it cannot be priced. */
function pricedRequest(
	value: unknown,
	options: ParseAlertOptions,
	issue: Issue,
	issues: RequestIssue[]
): { request: QuoteRequest; quote: QuoteResult } | null {
	if (isObject(value) && value.at !== undefined) {
		issue(['request', 'at'], 'fixed_instant');
		return null;
	}
	const out = quote(options.rules, value, { now: options.now });
	if (!out.ok) {
		for (const i of out.issues) issues.push({ ...i, path: ['request', ...i.path] });
		return null;
	}
	if (!out.quote.allowed) {
		const reasons = out.quote.notices.filter((n) => n.severity === 'block').map((n) => n.message);
		issue(['request'], 'not_priceable', { reasons: reasons.join(' ') });
		return null;
	}
	return { request: value as QuoteRequest, quote: out.quote };
}

/** The condition's currency must be the one its figure is counted in. */
function checkCurrency(condition: AlertCondition, q: QuoteResult, issue: Issue): void {
	if (
		'recipientGetsAtLeast' in condition &&
		condition.recipientGetsAtLeast.currency !== q.received?.currency
	)
		issue(['condition', 'recipientGetsAtLeast', 'currency'], 'condition_currency', {
			expected: q.received?.currency ?? '',
			of: 'the recipient gets'
		});
	if (
		'totalCostAtMost' in condition &&
		condition.totalCostAtMost.currency !== q.cost?.total.currency
	)
		issue(['condition', 'totalCostAtMost', 'currency'], 'condition_currency', {
			expected: q.cost?.total.currency ?? '',
			of: 'the cost is counted in'
		});
}
