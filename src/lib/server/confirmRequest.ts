import type { QuoteResult } from '../engine';
import { CONFIRMATION_MS, quote, type RequestIssue } from '../quoting';
import type { Rules } from '../schedules';
import { selectVersion } from '../schedules';
import type { Confirmation } from './api/apiSchemas';
import { apiIssue } from './api/messages';
import { quoteOptions } from './quoteOptions';
import { signingKey, signToken } from './signing';

/** What a confirmation token carries. */
export interface ConfirmationPayload {
	quote: QuoteResult;
	expiresAt: string;
}

export type ConfirmOutcome =
	| { ok: true; confirmation: Confirmation }
	/** A malformed request, or a `version` that is not the one in force now. */
	| { ok: false; issues: RequestIssue[] }
	/** Priced, and blocked: its block notices as issues. */
	| { ok: false; issues: RequestIssue[]; quote: QuoteResult };

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** The block notices of a quote in the issues shape. */
const blockIssues = (q: QuoteResult): RequestIssue[] =>
	q.notices
		.filter((n) => n.severity === 'block')
		.map((n) => ({ path: [], code: n.code, message: n.message }));

/**
 * Prices a request now, whatever its `at` says, and signs the quote for 30 minutes. A `version`
 * must be the one in force now (`version_not_in_force`); a blocked quote is not signed.
 *
 * @example
 * confirmRequest(getRules(), request) // { ok: true, confirmation: { quote, token, expiresAt } }
 */
export function confirmRequest(
	rules: Rules,
	input: unknown,
	options: { now?: number; key?: Uint8Array } = {}
): ConfirmOutcome {
	const now = options.now ?? Date.now();
	const request = isObject(input) ? { ...input } : input;
	if (isObject(request)) delete request.at;
	const out = quote(rules, request, quoteOptions(now));
	if (!out.ok) return out;
	const q = out.quote;
	const inForce = selectVersion(rules.schedules.get(q.schedule.id) ?? [], now);
	if (inForce?.schedule.version !== q.schedule.version) {
		const params = { value: q.schedule.version, schedule: q.schedule.id };
		return { ok: false, issues: [apiIssue('version_not_in_force', ['version'], params)] };
	}
	if (!q.allowed) return { ok: false, issues: blockIssues(q), quote: q };
	const expiresAt = new Date(now + CONFIRMATION_MS).toISOString();
	const payload: ConfirmationPayload = { quote: q, expiresAt };
	const token = signToken(payload, options.key ?? signingKey());
	return { ok: true, confirmation: { quote: q, token, expiresAt } };
}
