import { confirmRequest } from '../confirmRequest';
import { issuesResponse, jsonResponse, readJsonBody } from '../http';
import { getRules } from '../rulesStore';
import type { ApiOptions } from './ApiOptions';

/**
 * `POST /api/v1/quotes/confirm`: `confirmRequest` over HTTP. 200 the confirmation; 422 a blocked
 * quote, with its block notices as issues; 400 / 413 / 415 as for quotes.
 */
export async function confirmQuote(request: Request, options: ApiOptions = {}): Promise<Response> {
	const body = await readJsonBody(request);
	if (!body.ok) return body.response;
	const out = confirmRequest(options.rules ?? getRules(), body.value, options);
	if (out.ok) return jsonResponse(out.confirmation);
	return 'quote' in out
		? jsonResponse({ issues: out.issues, quote: out.quote }, 422)
		: issuesResponse(out.issues);
}
