import { describe, expect, it } from 'vitest';
import { crossSiteFormRefusal } from '$lib/server';

const URL_ = 'https://fees.example/review?/confirm';

/** A request with exactly these headers (a string body would add a text/plain content type). */
function request(method: string, headers: Record<string, string>): Request {
	const body = method === 'GET' ? undefined : new TextEncoder().encode('x=1');
	return new Request(URL_, { method, headers, body });
}

describe('crossSiteFormRefusal', () => {
	it.each([
		['POST', 'application/x-www-form-urlencoded'],
		['PUT', 'multipart/form-data; boundary=x'],
		['PATCH', 'text/plain;charset=UTF-8'],
		['DELETE', 'Application/X-WWW-Form-Urlencoded'],
		['POST', 'application/x-sveltekit-formdata']
	])('refuses a cross-site %s of %s with 403', async (method, type) => {
		const res = crossSiteFormRefusal(
			request(method, { 'content-type': type, origin: 'https://evil.example' })
		);
		expect(res?.status).toBe(403);
		expect(await res?.text()).toBe(`Cross-site ${method} form submissions are forbidden`);
	});

	it('refuses a form post without an Origin header', () => {
		const res = crossSiteFormRefusal(
			request('POST', { 'content-type': 'application/x-www-form-urlencoded' })
		);
		expect(res?.status).toBe(403);
	});

	it('refuses as JSON when the client accepts only JSON', async () => {
		const res = crossSiteFormRefusal(
			request('POST', {
				'content-type': 'text/plain',
				origin: 'http://fees.example',
				accept: 'application/json'
			})
		);
		expect(res?.status).toBe(403);
		expect(res?.headers.get('content-type')).toBe('application/json');
		expect(await res?.json()).toEqual({
			message: 'Cross-site POST form submissions are forbidden'
		});
	});

	it.each([
		[
			'a same-origin form post',
			'POST',
			'application/x-www-form-urlencoded',
			'https://fees.example'
		],
		['a cross-site JSON post', 'POST', 'application/json', 'https://evil.example'],
		['a cross-site post without a content type', 'POST', '', 'https://evil.example'],
		['a cross-site GET', 'GET', 'application/x-www-form-urlencoded', 'https://evil.example'],
		['a cross-site OPTIONS', 'OPTIONS', 'text/plain', 'https://evil.example']
	])('lets %s through', (_what, method, type, origin) => {
		const headers: Record<string, string> = { origin };
		if (type) headers['content-type'] = type;
		expect(crossSiteFormRefusal(request(method, headers))).toBeNull();
	});
});
