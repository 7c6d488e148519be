import { json, text } from '@sveltejs/kit';

// The content types a plain HTML form can send (and SvelteKit's binary form), as Kit lists them.
const FORM_TYPES = new Set([
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain',
	'application/x-sveltekit-formdata'
]);
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * SvelteKit's CSRF origin check (`csrf.checkOrigin`), for hooks.server.ts to apply where it chooses:
 * a POST, PUT, PATCH or DELETE with a form content type whose `Origin` is missing or not the
 * request's own origin gets Kit's 403, as JSON when it asks `accept: application/json`; else null.
 *
 * @example
 * crossSiteFormRefusal(new Request('https://fees.example/review', { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'text/plain' }, body: 'x' }))?.status // 403
 */
export function crossSiteFormRefusal(request: Request): Response | null {
	const type = request.headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase() ?? '';
	const origin = request.headers.get('origin');
	if (!FORM_TYPES.has(type) || !UNSAFE_METHODS.has(request.method)) return null;
	if (origin === new URL(request.url).origin) return null;
	const message = `Cross-site ${request.method} form submissions are forbidden`;
	return request.headers.get('accept') === 'application/json'
		? json({ message }, { status: 403 })
		: text(message, { status: 403 });
}
