import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressPage } from '$lib/server';

const HTML = `<!doctype html><html lang="en"><body>${'<p>MX$3,475.15</p>'.repeat(400)}</body></html>`;
const GZIP = { 'accept-encoding': 'gzip, deflate, br, zstd' };

const request = (path: string, headers: Record<string, string> = GZIP, method = 'GET') =>
	new Request(`https://fees.example${path}`, { method, headers });
const page = (body: string | null = HTML, headers: Record<string, string> = {}, status = 200) =>
	new Response(body, {
		status,
		headers: { 'content-type': 'text/html', 'content-length': '99', ...headers }
	});

describe('compressPage', () => {
	it('gzips a page for a client that accepts gzip: the same bytes, a fifth of them', async () => {
		const out = compressPage(request('/?amount=500'), page(HTML, { 'x-frame-options': 'DENY' }));
		expect(out.status).toBe(200);
		expect(out.headers.get('content-encoding')).toBe('gzip');
		expect(out.headers.get('vary')).toBe('accept-encoding');
		expect(out.headers.get('content-length')).toBeNull();
		expect(out.headers.get('x-frame-options')).toBe('DENY');
		const bytes = Buffer.from(await out.arrayBuffer());
		expect(gunzipSync(bytes).toString()).toBe(HTML);
		expect(bytes.length).toBeLessThan(HTML.length / 5);
	});

	it('gzips the data of a page the browser navigates to, and keeps the status', async () => {
		const data = JSON.stringify({ type: 'data', nodes: [{ amount: '500.00' }] });
		const out = compressPage(
			request('/compare/__data.json?amount=500'),
			new Response(data, { status: 404, headers: { 'content-type': 'application/json' } })
		);
		expect(out.status).toBe(404);
		expect(gunzipSync(Buffer.from(await out.arrayBuffer())).toString()).toBe(data);
	});

	it('leaves alone what it should not encode', () => {
		const api = new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });
		const encoded = page(HTML, { 'content-encoding': 'br' });
		for (const [req, res] of [
			[request('/', {}), page()], // the client does not ask
			[request('/', { 'accept-encoding': 'br' }), page()], // nor for gzip
			[request('/api/v1/health'), api], // the API's answers
			[request('/', GZIP, 'HEAD'), page()], // no body to send
			[request('/'), page(null, {}, 304)],
			[request('/widget/fee-calculator.js'), encoded] // already encoded
		] as const)
			expect(compressPage(req, res)).toBe(res);
	});
});
