import type { QuoteResult } from '../../engine';
import { CONFIRMATION_MS, quote, type RequestIssue } from '../../quoting';
import { selectVersion } from '../../schedules';
import { issuesResponse, jsonResponse, readJsonBody } from '../http';
import { quoteOptions } from '../quoteOptions';
import { getRules } from '../rulesStore';
import { signingKey, signToken } from '../signing';
import type { ApiOptions } from './ApiOptions';
import type { Confirmation } from './apiSchemas';
import { apiIssue } from './messages';

/** What a confirmation token carries. */
export interface ConfirmationPayload {
	quote: QuoteResult;
	expiresAt: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** The block notices of a quote in the issues shape. */
const blockIssues = (q: QuoteResult): RequestIssue[] =>
	q.notices
		.filter((n) => n.severity === 'block')
		.map((n) => ({ path: [], code: n.code, message: n.message }));

/**
 * `POST /api/v1/quotes/confirm`: prices the request now, whatever its `at` says, and signs the
 * quote for 30 minutes. A `version` must be the one in force now. A blocked quote is refused
 * with 422, its block notices as issues.
 */
export async function confirmQuote(request: Request, options: ApiOptions = {}): Promise<Response> {
	const body = await readJsonBody(request);
	if (!body.ok) return body.response;
	const rules = options.rules ?? getRules();
	const now = options.now ?? Date.now();
	const input = isObject(body.value) ? { ...body.value } : body.value;
	if (isObject(input)) delete input.at;
	const out = quote(rules, input, quoteOptions(now));
	if (!out.ok) return issuesResponse(out.issues);
	const q = out.quote;
	const inForce = selectVersion(rules.schedules.get(q.schedule.id) ?? [], now);
	if (inForce?.schedule.version !== q.schedule.version) {
		const params = { value: q.schedule.version, schedule: q.schedule.id };
		return issuesResponse([apiIssue('version_not_in_force', ['version'], params)]);
	}
	if (!q.allowed) return jsonResponse({ issues: blockIssues(q), quote: q }, 422);
	const expiresAt = new Date(now + CONFIRMATION_MS).toISOString();
	const payload: ConfirmationPayload = { quote: q, expiresAt };
	const answer: Confirmation = {
		quote: q,
		token: signToken(payload, options.key ?? signingKey()),
		expiresAt
	};
	return jsonResponse(answer);
}
