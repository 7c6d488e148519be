import { compareQuotes } from '../../quoting';
import { issuesResponse, jsonResponse, readJsonBody } from '../http';
import { quoteOptions } from '../quoteOptions';
import { getRules } from '../rulesStore';
import type { ApiOptions } from './ApiOptions';

/**
 * `POST /api/v1/compare`: `{"request": {…}, "vary": {…}}` → `{"quotes": [...]}`, ranked; with
 * `excluded` when some combinations were malformed requests. 400 with issues otherwise.
 */
export async function postCompare(request: Request, options: ApiOptions = {}): Promise<Response> {
	const body = await readJsonBody(request);
	if (!body.ok) return body.response;
	const rules = options.rules ?? getRules();
	const out = compareQuotes(rules, body.value, quoteOptions(options.now));
	if (!out.ok) return issuesResponse(out.issues);
	return jsonResponse({
		quotes: out.quotes,
		...(out.excluded.length > 0 && { excluded: out.excluded })
	});
}
