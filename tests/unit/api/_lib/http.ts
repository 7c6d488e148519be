import type { RequestEvent } from '@sveltejs/kit';

export const ORIGIN = 'http://127.0.0.1';

/** A realistic international request (the README's first example). */
export const REQUEST = {
	schedule: 'wallet-standard',
	at: '2026-06-01T10:00:00Z',
	type: 'transfer',
	funding: 'debit_card',
	destination: 'MX',
	currency: 'USD',
	mode: 'send',
	amount: '100.00'
} as const;

/** A POST with a JSON body (a string is sent as is). */
export function post(path: string, body: unknown, headers: Record<string, string> = {}): Request {
	return new Request(ORIGIN + path, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
}

/** A GET with query parameters (pairs, so a name may repeat). */
export function get(
	path: string,
	query: Record<string, string> | [string, string][] = {},
	headers: Record<string, string> = {}
): Request {
	const q = new URLSearchParams(Array.isArray(query) ? query : Object.entries(query)).toString();
	return new Request(ORIGIN + path + (q ? `?${q}` : ''), { headers });
}

/**
 * Just enough of a RequestEvent for the route files, which read `request` and `params`; its type
 * is inferred from the handler it is passed to.
 */
export function event<E = RequestEvent>(request: Request, params: Record<string, string> = {}): E {
	return { request, params, url: new URL(request.url) } as unknown as E;
}
