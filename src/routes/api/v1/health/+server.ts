import type { RequestHandler } from './$types';
import {
	jsonResponse,
	methodNotAllowed,
	refuseParameters,
	rulesStatus,
	type Health
} from '$lib/server';

// The rules are loaded before the server listens, so answering at all means ready.
export const GET: RequestHandler = ({ url }) => {
	const refused = refuseParameters(url);
	if (refused) return refused;
	const body: Health = { ok: true, rules: rulesStatus() };
	return jsonResponse(body, 200, { 'cache-control': 'no-store' });
};
export const fallback: RequestHandler = () => methodNotAllowed(['GET', 'HEAD']);
