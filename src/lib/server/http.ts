import type { RequestIssue } from '../quoting';
import { apiIssue } from './api/messages';

/** Prices are public: any origin may GET and POST the API. */
export const CORS_HEADERS: Record<string, string> = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, POST, OPTIONS',
	'access-control-allow-headers': 'content-type',
	'access-control-max-age': '86400'
};

export const MAX_BODY_BYTES = 16 * 1024;

/** A JSON response (UTF-8), never cached unless headers say otherwise. */
export function jsonResponse(
	body: unknown,
	status = 200,
	headers: Record<string, string> = {}
): Response {
	return new Response(JSON.stringify(body), {
		status,
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'cache-control': 'no-store',
			...headers
		}
	});
}

/** A 4xx answer in the API's error shape: `{"issues": [...]}`. */
export function issuesResponse(issues: RequestIssue[], status = 400): Response {
	return jsonResponse({ issues }, status);
}

const UTF8 = new TextDecoder();

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * Reads a JSON request body: 415 unless it is declared JSON, 413 over 16 KB (declared or actual),
 * 400 when it does not parse.
 */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	if (type !== 'application/json' && !type.endsWith('+json'))
		return {
			ok: false,
			response: issuesResponse([apiIssue('unsupported_media_type')], 415)
		};
	const tooLarge = () => ({
		ok: false as const,
		response: issuesResponse([apiIssue('body_too_large', [], { limit: String(limit) })], 413)
	});
	const declared = Number(request.headers.get('content-length') ?? '0');
	if (declared > limit) return tooLarge();
	const chunks: Uint8Array[] = [];
	let size = 0;
	if (request.body) {
		const reader = request.body.getReader();
		try {
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				size += value.byteLength;
				if (size > limit) {
					// Read the rest and drop it: adapter-node answers a cancel by destroying the
					// socket, and the client would see a reset, not this 413. BODY_SIZE_LIMIT bounds it.
					while (!(await reader.read()).done);
					return tooLarge();
				}
				chunks.push(value);
			}
		} catch {
			// The adapter's own size limit, or a client that went away mid-body.
			return size > limit
				? tooLarge()
				: { ok: false, response: issuesResponse([apiIssue('unreadable_body')]) };
		}
	}
	// Most bodies arrive in one chunk: decoded as it is, without a copy.
	const text = UTF8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return {
			ok: false,
			response: issuesResponse([apiIssue('invalid_json')])
		};
	}
}
