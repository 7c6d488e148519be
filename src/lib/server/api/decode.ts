import { decodeReceipt } from '../../quoting';
import { issuesResponse, jsonResponse, readJsonBody } from '../http';
import { quoteOptions } from '../quoteOptions';
import { getRules } from '../rulesStore';
import type { ApiOptions } from './ApiOptions';
import { readQuery } from './readQuery';

function answer(input: unknown, options: ApiOptions): Response {
	const rules = options.rules ?? getRules();
	const out = decodeReceipt(rules, input, quoteOptions(options.now));
	if (!out.ok) return issuesResponse(out.issues);
	return jsonResponse(out.result, 200, { 'cache-control': 'no-store' });
}

/** `GET /api/v1/decode?…`: the receipt's fields as query parameters (decode.md). */
export function getDecode(request: Request, options: ApiOptions = {}): Response {
	const query = readQuery(new URL(request.url).searchParams);
	return query.ok ? answer(query.value, options) : issuesResponse(query.issues);
}

/** `POST /api/v1/decode`: the body is the receipt (decode.md). */
export async function postDecode(request: Request, options: ApiOptions = {}): Promise<Response> {
	const body = await readJsonBody(request);
	return body.ok ? answer(body.value, options) : body.response;
}
