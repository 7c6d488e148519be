import type { RequestHandler } from './$types';
import { findAlternatives } from '$lib/quoting';
import {
	getRules,
	issuesResponse,
	jsonResponse,
	methodNotAllowed,
	readJsonBody,
	quoteOptions
} from '$lib/server';

/**
 * `POST /api/v1/alternatives`: the body is a quote request; the answer is
 * `{"alternatives": [{"change": {…}, "quote": {…}}, …]}`, cheapest first (`[]` when it is allowed).
 */
export const POST: RequestHandler = async ({ request }) => {
	const body = await readJsonBody(request);
	if (!body.ok) return body.response;
	const out = findAlternatives(getRules(), body.value, quoteOptions());
	return out.ok ? jsonResponse({ alternatives: out.alternatives }) : issuesResponse(out.issues);
};

export const fallback: RequestHandler = () => methodNotAllowed(['POST']);
