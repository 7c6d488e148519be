import type { RequestHandler } from './$types';
import { compareQuotes } from '$lib/quoting';
import {
	getRules,
	issuesResponse,
	jsonResponse,
	methodNotAllowed,
	readJsonBody,
	quoteOptions
} from '$lib/server';

/**
 * `POST /api/v1/compare`: `{"request": {…}, "vary": {…}}` → `{"quotes": [...]}`, ranked; with
 * `excluded` when some combinations were malformed requests. 400 with issues otherwise.
 */
export const POST: RequestHandler = async ({ request }) => {
	const body = await readJsonBody(request);
	if (!body.ok) return body.response;
	const out = compareQuotes(getRules(), body.value, quoteOptions());
	if (!out.ok) return issuesResponse(out.issues);
	return jsonResponse({
		quotes: out.quotes,
		...(out.excluded.length > 0 && { excluded: out.excluded })
	});
};

export const fallback: RequestHandler = () => methodNotAllowed(['POST']);
