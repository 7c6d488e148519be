import type { RequestEvent } from '@sveltejs/kit';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import * as quoteRoute from '../../../src/routes/api/v1/quote/+server';

// As in the built app: SvelteKit skips its origin check in development, and so does the hook.
vi.mock('$app/environment', () => ({ browser: false, building: false, dev: false, version: '' }));
const { handle } = await import('../../../src/hooks.server');

const ORIGIN = 'http://127.0.0.1:3000';

/** Runs the hook on a request; `resolve` answers pages 200 and the quote route with the route. */
async function through(path: string, init: RequestInit) {
	const request = new Request(ORIGIN + path, init);
	const event = { request, url: new URL(request.url), locals: {}, params: {} } as RequestEvent;
	const resolve = vi.fn(async (e: RequestEvent) =>
		e.url.pathname === '/api/v1/quote'
			? quoteRoute.POST(e as Parameters<typeof quoteRoute.POST>[0])
			: new Response('<html lang="en"></html>', { headers: { 'content-type': 'text/html' } })
	);
	const response = await handle({ event, resolve });
	return { response, resolved: resolve.mock.calls.length > 0 };
}

const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('handle', () => {
	it('answers a form-encoded POST to the API 415 with issues, from any origin', async () => {
		for (const headers of [form, { ...form, origin: 'https://elsewhere.example' }, {}]) {
			const { response } = await through('/api/v1/quote', { method: 'POST', headers, body: 'x=1' });
			expect(response.status).toBe(415);
			expect(response.headers.get('access-control-allow-origin')).toBe('*');
			expect(await response.json()).toEqual({
				issues: [expect.objectContaining({ path: [], code: 'unsupported_media_type' })]
			});
		}
	});

	it('refuses a cross-site form POST to a page with 403, before any action runs', async () => {
		const { response, resolved } = await through('/review?/confirm', {
			method: 'POST',
			headers: { ...form, origin: 'https://evil.example' },
			body: 'x=1'
		});
		expect(resolved).toBe(false);
		expect(response.status).toBe(403);
		expect(await response.text()).toBe('Cross-site POST form submissions are forbidden');
		expect(response.headers.get('x-frame-options')).toBe('DENY');
	});

	it('refuses a form POST to a page without an Origin header', async () => {
		const { response, resolved } = await through('/review?/confirm', {
			method: 'POST',
			headers: form,
			body: 'x=1'
		});
		expect(resolved).toBe(false);
		expect(response.status).toBe(403);
	});

	it('lets a same-origin form POST reach the page', async () => {
		const { response, resolved } = await through('/review?/confirm', {
			method: 'POST',
			headers: { ...form, origin: ORIGIN },
			body: 'x=1'
		});
		expect(resolved).toBe(true);
		expect(response.status).toBe(200);
	});

	it('gzips pages for clients that accept it, after the security headers, and never the API', async () => {
		const gzip = { 'accept-encoding': 'gzip, br' };
		const { response } = await through('/', { headers: gzip });
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		const html = gunzipSync(Buffer.from(await response.arrayBuffer())).toString();
		expect(html).toBe('<html lang="en"></html>');
		const api = await through('/api/v1/quote', {
			method: 'POST',
			headers: { ...gzip, 'content-type': 'application/json' },
			body: '{}'
		});
		expect(api.response.headers.get('content-encoding')).toBeNull();
	});
});
