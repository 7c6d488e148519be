import { issuesResponse, readJsonBody } from '../http';
import { getRules } from '../rulesStore';
import type { ApiOptions } from './ApiOptions';
import { quoteJson } from './quoteJson';
import { wantsHints } from './wantsHints';

/**
 * `POST /api/v1/quote`: the body is a request; the answer is never stored by caches. With
 * `?hints=1`, the answer also carries `hints` (cheaper requests nearby) beside the quote's fields.
 */
export async function postQuote(request: Request, options: ApiOptions = {}): Promise<Response> {
	const body = await readJsonBody(request);
	if (!body.ok) return body.response;
	const rules = options.rules ?? getRules();
	// Only the query is read: most requests have none, and parsing the whole URL costs more.
	const query = request.url.indexOf('?');
	const hints =
		query >= 0 &&
		wantsHints(new URLSearchParams(request.url.slice(query + 1)).get('hints') ?? undefined);
	const out = quoteJson(rules, body.value, { now: options.now ?? Date.now(), hints });
	if (!out.ok) return issuesResponse(out.issues);
	return new Response(out.json, {
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }
	});
}
