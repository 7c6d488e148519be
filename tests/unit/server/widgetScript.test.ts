import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { widgetScript } from '$lib/server';

const CODE = `export const answer = ${JSON.stringify('金额 '.repeat(500))};\n`;
const get = (serve: (r: Request) => Response, headers: Record<string, string> = {}) =>
	serve(new Request('https://fees.example/widget/fee-calculator.js', { headers }));
const body = async (r: Response) => new Uint8Array(await r.arrayBuffer());

describe('widgetScript', () => {
	const serve = widgetScript(CODE);

	it('answers brotli, gzip or plain, as the client accepts, with CORS', async () => {
		const br = get(serve, { 'accept-encoding': 'gzip, deflate, br, zstd' });
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(brotliDecompressSync(await body(br)).toString()).toBe(CODE);
		const gz = get(serve, { 'accept-encoding': 'gzip, deflate' });
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(await body(gz)).toString()).toBe(CODE);
		const plain = get(serve);
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(CODE);
		for (const r of [br, gz, plain]) {
			expect(r.headers.get('access-control-allow-origin')).toBe('*');
			expect(r.headers.get('vary')).toBe('accept-encoding');
			expect(r.headers.get('content-type')).toMatch(/^text\/javascript/);
		}
	});

	it('answers 304 to a matching If-None-Match', () => {
		const etag = get(serve).headers.get('etag')!;
		expect(get(serve, { 'if-none-match': etag }).status).toBe(304);
	});

	it('lets browsers keep the files named by their content for good, the script for 5 minutes', () => {
		expect(get(serve).headers.get('cache-control')).toBe('public, max-age=300');
		expect(get(widgetScript(CODE, 'by-content')).headers.get('cache-control')).toBe(
			'public, max-age=31536000, immutable'
		);
	});
});
