import type { RequestIssue } from '../../quoting';
import { issuesResponse, jsonResponse, readJsonBody } from '../http';
import { openToken, signingKey } from '../signing';
import type { ApiOptions } from './ApiOptions';
import { verifyRequestSchema, type Verification } from './apiSchemas';
import type { ConfirmationPayload } from '../confirmRequest';
import { apiIssue } from './messages';

/** Tokens carry a whole quote, so their bodies may be larger than a request's. */
const MAX_TOKEN_BODY = 64 * 1024;

function bodyIssues(value: unknown): RequestIssue[] {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		return [apiIssue('invalid_body')];
	const parsed = verifyRequestSchema.safeParse(value);
	if (parsed.success) return [];
	return parsed.error.issues.flatMap((i) => {
		if (i.code === 'unrecognized_keys') return i.keys.map((k) => apiIssue('unknown_field', [k]));
		const token = (value as Record<string, unknown>).token;
		return [apiIssue(token === undefined ? 'required' : 'invalid_type', ['token'])];
	});
}

const isPayload = (p: unknown): p is ConfirmationPayload => {
	const o = p as Record<string, unknown> | null;
	return (
		typeof o === 'object' &&
		o !== null &&
		typeof o.quote === 'object' &&
		o.quote !== null &&
		typeof o.expiresAt === 'string' &&
		!Number.isNaN(Date.parse(o.expiresAt))
	);
};

/**
 * Whether a confirmation token is one this server signed and still holds. A token that is not
 * exactly as signed, malformed ones included, is `tampered`; one past its `expiresAt`, `expired`.
 */
export function verifyToken(token: string, now: number, key: Uint8Array): Verification {
	const opened = openToken(token, key);
	if (!opened.ok || !isPayload(opened.payload)) return { valid: false, reason: 'tampered' };
	if (now > Date.parse(opened.payload.expiresAt)) return { valid: false, reason: 'expired' };
	return { valid: true, quote: opened.payload.quote };
}

/** `POST /api/v1/quotes/verify`: `{"token": "…"}`; 400 when the body has no string token. */
export async function verifyQuote(request: Request, options: ApiOptions = {}): Promise<Response> {
	const body = await readJsonBody(request, MAX_TOKEN_BODY);
	if (!body.ok) return body.response;
	const issues = bodyIssues(body.value);
	if (issues.length > 0) return issuesResponse(issues);
	const { token } = body.value as { token: string };
	return jsonResponse(verifyToken(token, options.now ?? Date.now(), options.key ?? signingKey()));
}
