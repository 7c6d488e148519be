import type { QuoteResult } from '../engine';
import { engineOptions, type PriceOptions } from './PriceOptions';
import { computeQuote } from '../engine';
import type { Rules } from '../schedules';
import type { RequestIssue } from './RequestIssue';
import { formatPath } from '../rulesfiles';
import { rankByCost } from './_lib/rankByCost';
import { type RequestIssueCode, requestMessage } from '../words';
import { parseRequest } from './parseRequest';
import { resolveRequest } from './resolveRequest';
import { requestSchema } from './requestSchema';

/** Most quotes one comparison may ask for: every destination × funding × payout of a schedule fits. */
export const MAX_COMBINATIONS = 1000;

/** The request keys a comparison can vary, and the issue code for a malformed value of each. */
export const VARY_KEYS = {
	type: 'invalid_key',
	funding: 'invalid_key',
	payout: 'invalid_key',
	speed: 'invalid_key',
	destination: 'invalid_country',
	schedule: 'invalid_id'
} as const;

export type VaryKey = keyof typeof VARY_KEYS;
/** One combination: the value of each varied key. */
export type Change = Partial<Record<VaryKey, string>>;
/** A combination that is a malformed request (for example an amount with too many decimals for it). */
export interface Excluded {
	change: Change;
	issues: RequestIssue[];
}
export type CompareOutcome =
	{ ok: true; quotes: QuoteResult[]; excluded: Excluded[] } | { ok: false; issues: RequestIssue[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function issueMaker(locale: 'en' | 'zh-CN') {
	return (
		path: (string | number)[],
		code: RequestIssueCode,
		p: Record<string, string> = {}
	): RequestIssue => ({
		path,
		code,
		message: requestMessage(code, locale, { field: formatPath(path), ...p })
	});
}

/** Checks the body's shape and `vary`; gives the varied keys with their values in the order given. */
function readInput(
	input: unknown,
	issue: ReturnType<typeof issueMaker>
): { request: Record<string, unknown>; vary: [VaryKey, string[]][]; issues: RequestIssue[] } {
	const out = { request: {}, vary: [] as [VaryKey, string[]][], issues: [] as RequestIssue[] };
	if (!isObject(input))
		return {
			...out,
			issues: [issue([], 'invalid_body', { shape: '{"request": {…}, "vary": {…}}' })]
		};
	for (const k of Object.keys(input))
		if (k !== 'request' && k !== 'vary') out.issues.push(issue([k], 'unknown_field'));
	if (input.request === undefined) out.issues.push(issue(['request'], 'required'));
	else if (!isObject(input.request)) out.issues.push(issue(['request'], 'invalid_body'));
	else out.request = input.request;
	const vary = input.vary ?? {};
	if (!isObject(vary)) return { ...out, issues: [...out.issues, issue(['vary'], 'invalid_body')] };
	for (const [key, values] of Object.entries(vary)) {
		const path = ['vary', key];
		if (!Object.hasOwn(VARY_KEYS, key)) out.issues.push(issue(path, 'unknown_vary_key', { key }));
		else if (!Array.isArray(values)) out.issues.push(issue(path, 'invalid_list'));
		else if (values.length === 0) out.issues.push(issue(path, 'empty_list'));
		else {
			const k = key as VaryKey;
			values.forEach((v: unknown, i) => {
				if (typeof v !== 'string') out.issues.push(issue([...path, i], 'invalid_type'));
				else if (!requestSchema.shape[k].safeParse(v).success)
					out.issues.push(issue([...path, i], VARY_KEYS[k], { value: v }));
				else if (values.indexOf(v) < i)
					out.issues.push(issue([...path, i], 'duplicate_value', { value: v }));
			});
			out.vary.push([k, values as string[]]);
		}
	}
	return out;
}

/** Every combination of the varied values, the first key outermost. */
function combinations(vary: [VaryKey, string[]][]): Change[] {
	let out: Change[] = [{}];
	for (const [key, values] of vary)
		out = out.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
	return out;
}

/** A combination's issues with paths into the comparison: a varied key's value, else the request. */
function placeIssues(
	issues: RequestIssue[],
	change: Change,
	vary: [VaryKey, string[]][]
): RequestIssue[] {
	return issues.map((i) => {
		const key = i.path[0] as VaryKey;
		const values = vary.find(([k]) => k === key)?.[1];
		return values && change[key] !== undefined
			? { ...i, path: ['vary', key, values.indexOf(change[key]!)] }
			: { ...i, path: ['request', ...i.path] };
	});
}

/**
 * Quotes every combination of the varied keys of one request (`quote.md`, POST /api/v1/compare):
 * allowed quotes first, cheapest `cost.total` first (in the request's send currency, converted at
 * each quote's mid rate if ever needed; ties keep the combination order), then blocked quotes in
 * combination order. Varying `destination` drops the request's `targetCurrency`, so each
 * destination gets its own default currency; varying `schedule` drops `version`. A combination
 * that is a malformed request is left out and listed in `excluded`; when every combination is
 * malformed, their issues are the answer.
 *
 * @example
 * compareQuotes(rules, { request: { schedule: 'wallet-standard', type: 'transfer', funding: 'balance', destination: 'MX', currency: 'USD', mode: 'send', amount: '100.00' }, vary: { funding: ['balance', 'debit_card'] } }, { now: Date.now() })
 * // { ok: true, quotes: [balance quote, debit_card quote], excluded: [] }
 */
export function compareQuotes(rules: Rules, input: unknown, options: PriceOptions): CompareOutcome {
	const raw = isObject(input) && isObject(input.request) ? input.request : {};
	const issue = issueMaker(raw.locale === 'zh-CN' ? 'zh-CN' : 'en');
	const { request, vary, issues } = readInput(input, issue);
	if (issues.length) return { ok: false, issues };
	const count = vary.reduce((n, [, values]) => n * values.length, 1);
	if (count > MAX_COMBINATIONS)
		return {
			ok: false,
			issues: [
				issue(['vary'], 'too_many_combinations', {
					count: String(count),
					max: String(MAX_COMBINATIONS)
				})
			]
		};
	const base = { ...request };
	if (vary.some(([k]) => k === 'destination')) delete base.targetCurrency;
	if (vary.some(([k]) => k === 'schedule')) delete base.version;
	const changes = combinations(vary);
	// The varied values passed the request's own field schemas above, and no other check of
	// parseRequest reads them, so the request is parsed once: each combination is then exactly
	// what `quote` makes of it (resolved, then priced), without parsing it again.
	const parsed = parseRequest({ ...base, ...changes[0] });
	if (!parsed.ok) return { ok: false, issues: placeIssues(parsed.issues, changes[0], vary) };
	const quotes: QuoteResult[] = [];
	const excluded: Excluded[] = [];
	for (const change of changes) {
		const out = resolveRequest(rules, { ...parsed.request, ...change }, options.now);
		if (out.ok) quotes.push(computeQuote(out.input, engineOptions(options)));
		else excluded.push({ change, issues: placeIssues(out.issues, change, vary) });
	}
	if (quotes.length === 0) {
		const unique = new Map(
			excluded.flatMap((e) => e.issues).map((i) => [JSON.stringify([i.path, i.code]), i])
		);
		return { ok: false, issues: [...unique.values()] };
	}
	const order = rankByCost(rules, quotes, quotes[0].request.currency);
	return { ok: true, quotes: order.map((i) => quotes[i]), excluded };
}
