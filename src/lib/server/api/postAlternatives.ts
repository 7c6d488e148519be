import { findAlternatives } from '../../quoting';
import { issuesResponse, jsonResponse, readJsonBody } from '../http';
import { quoteOptions } from '../quoteOptions';
import { getRules } from '../rulesStore';
import type { ApiOptions } from './ApiOptions';

/**
 * `POST /api/v1/alternatives`: the body is a quote request; the answer is
 * `{"alternatives": [{"change": {…}, "quote": {…}}, …]}`, cheapest first (`[]` when it is allowed).
 */
export async function postAlternatives(
	request: Request,
	options: ApiOptions = {}
): Promise<Response> {
	const body = await readJsonBody(request);
	if (!body.ok) return body.response;
	const rules = options.rules ?? getRules();
	const out = findAlternatives(rules, body.value, quoteOptions(options.now));
	return out.ok ? jsonResponse({ alternatives: out.alternatives }) : issuesResponse(out.issues);
}
