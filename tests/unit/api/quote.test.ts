import { describe, expect, it } from 'vitest';
import { issuesSchema, MAX_AGE_CAP, getQuote, postQuote } from '$lib/server/api';
import { resultSchema } from '$lib/quoting';
import { getRules, rulesVersion } from '$lib/server';
import * as route from '../../../src/routes/api/v1/quote/+server';
import { event, get, post, REQUEST } from './_lib/http';

const NOW = Date.parse('2026-06-01T10:00:00Z');
const PATH = '/api/v1/quote';

describe('POST /api/v1/quote', () => {
	it('answers 200 with the quote, never cached', async () => {
		const res = await postQuote(post(PATH, REQUEST), { now: NOW });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(res.headers.get('cache-control')).toBe('no-store');
		expect(res.headers.get('etag')).toBeNull();
		const q = resultSchema.parse(await res.json());
		expect(q.allowed).toBe(true);
		expect(q.request.at).toBe(REQUEST.at);
	});

	it('answers 400 with issues for a malformed request', async () => {
		const res = await postQuote(post(PATH, { ...REQUEST, amount: '1e3' }), { now: NOW });
		expect(res.status).toBe(400);
		const body = issuesSchema.parse(await res.json());
		expect(body.issues.map((i) => [i.path, i.code])).toEqual([[['amount'], 'invalid_amount']]);
	});

	it.each([
		[{ ...REQUEST, schedule: 'nope' }, 'unknown_schedule'],
		[{ ...REQUEST, version: '1999-01-01' }, 'unknown_version'],
		[{ ...REQUEST, at: '2020-01-01T00:00:00Z' }, 'schedule_not_effective'],
		[{ ...REQUEST, amount: '100.001' }, 'too_many_decimals'],
		[{ ...REQUEST, amount: 100 }, 'invalid_type'],
		[{ ...REQUEST, extra: 'x' }, 'unknown_field'],
		[[REQUEST], 'invalid_body'],
		[null, 'invalid_body'],
		['"a string"', 'invalid_body']
	])('answers 400 %#: %s', async (body, code) => {
		const res = await postQuote(post(PATH, body), { now: NOW });
		expect(res.status).toBe(400);
		expect((await res.json()).issues.map((i: { code: string }) => i.code)).toContain(code);
	});

	it('answers 400 for a body that is not JSON', async () => {
		const res = await postQuote(post(PATH, '{"schedule":'), { now: NOW });
		expect(res.status).toBe(400);
		expect((await res.json()).issues[0].code).toBe('invalid_json');
	});

	it('answers 415 unless the body is declared JSON', async () => {
		const req = post(PATH, REQUEST, { 'content-type': 'text/plain' });
		const res = await postQuote(req, { now: NOW });
		expect(res.status).toBe(415);
		expect((await res.json()).issues[0].code).toBe('unsupported_media_type');
	});

	it('answers 413 over 16 KB, declared or not', async () => {
		const big = { ...REQUEST, amount: '1.' + '0'.repeat(17_000) };
		const res = await postQuote(post(PATH, big), { now: NOW });
		expect(res.status).toBe(413);
		expect((await res.json()).issues[0].code).toBe('body_too_large');
		const stream = new ReadableStream({
			start(c) {
				c.enqueue(new TextEncoder().encode(JSON.stringify(big)));
				c.close();
			}
		});
		const undeclared = new Request('http://127.0.0.1' + PATH, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: stream,
			duplex: 'half'
		} as RequestInit);
		expect((await postQuote(undeclared, { now: NOW })).status).toBe(413);
	});

	it('prices a blocked request as a quote, not an error', async () => {
		const res = await postQuote(post(PATH, { ...REQUEST, amount: '20000.00' }), { now: NOW });
		expect(res.status).toBe(200);
		const q = await res.json();
		expect(q.allowed).toBe(false);
		expect(q.notices[0].severity).toBe('block');
	});
});

describe('GET /api/v1/quote', () => {
	it('gives the same bytes as POST for the same request', async () => {
		for (const mode of ['send', 'pay', 'receive']) {
			const body = { ...REQUEST, mode, amount: mode === 'receive' ? '1000.00' : '100.00' };
			const viaGet = getQuote(get(PATH, body), { now: NOW });
			const viaPost = await postQuote(post(PATH, body), { now: NOW + 5000 });
			expect(viaGet.status).toBe(200);
			expect(await viaGet.text()).toBe(await viaPost.text());
		}
	});

	it('reads the same issues as POST', async () => {
		const body = { ...REQUEST, amount: '0', destination: 'mx' };
		const viaGet = await getQuote(get(PATH, body), { now: NOW }).json();
		const viaPost = await (await postQuote(post(PATH, body), { now: NOW })).json();
		expect(viaGet).toEqual(viaPost);
		expect(viaGet.issues.map((i: { code: string }) => i.code).sort()).toEqual([
			'invalid_country',
			'not_positive'
		]);
	});

	it('answers 400 for a repeated parameter', async () => {
		const pairs = [...Object.entries(REQUEST), ['amount', '5.00']] as [string, string][];
		const res = getQuote(get(PATH, pairs), { now: NOW });
		expect(res.status).toBe(400);
		expect((await res.json()).issues).toMatchObject([
			{ path: ['amount'], code: 'repeated_parameter' }
		]);
	});

	it('treats __proto__ and constructor as unknown fields', async () => {
		const pairs = [...Object.entries(REQUEST), ['__proto__', 'x'], ['constructor', 'y']];
		const res = getQuote(get(PATH, pairs as [string, string][]), { now: NOW });
		expect(res.status).toBe(400);
		const codes = (await res.json()).issues.map((i: { path: string[]; code: string }) => [
			i.path[0],
			i.code
		]);
		expect(codes).toEqual(
			expect.arrayContaining([
				['__proto__', 'unknown_field'],
				['constructor', 'unknown_field']
			])
		);
	});

	it('tags the answer with the quote id and the rules version and answers 304 when it matches', async () => {
		const res = getQuote(get(PATH, REQUEST), { now: NOW });
		const q = await res.json();
		const etag = res.headers.get('etag');
		expect(etag).toBe(`"${q.id}.${rulesVersion(getRules())}"`);
		for (const header of [etag!, `W/${etag}`, `"other", ${etag}`, '*']) {
			const again = getQuote(get(PATH, REQUEST, { 'if-none-match': header }), { now: NOW });
			expect(again.status).toBe(304);
			expect(await again.text()).toBe('');
			expect(again.headers.get('etag')).toBe(etag);
			expect(again.headers.get('cache-control')).toBe(res.headers.get('cache-control'));
		}
		const other = getQuote(get(PATH, REQUEST, { 'if-none-match': '"other"' }), { now: NOW });
		expect(other.status).toBe(200);
	});

	describe('caching', () => {
		const noAt = Object.fromEntries(Object.entries(REQUEST).filter(([k]) => k !== 'at'));
		const maxAge = (query: Record<string, string>, now: number) => {
			const res = getQuote(get(PATH, query), { now });
			expect(res.status).toBe(200);
			return res.headers.get('cache-control');
		};

		it('lasts until the next schedule version takes effect', () => {
			const hourBefore = Date.parse('2026-12-31T23:00:00Z');
			expect(maxAge(noAt, hourBefore)).toBe('public, max-age=3600');
			expect(maxAge(noAt, hourBefore + 1500)).toBe('public, max-age=3598');
		});

		it('ignores later versions when the version is fixed', () => {
			const hourBefore = Date.parse('2026-12-31T23:00:00Z');
			expect(maxAge({ ...noAt, version: '2026-01-01' }, hourBefore)).toBe(
				`public, max-age=${MAX_AGE_CAP}`
			);
		});

		it('lasts until the next rate snapshot after the quote’s at', () => {
			// The shipped snapshot is 2026-03-13T16:00:00+01:00.
			const at = { ...REQUEST, at: '2026-03-13T14:30:00Z' };
			expect(maxAge(at, NOW)).toBe('public, max-age=1800');
		});

		it('is capped at a day', () => {
			expect(maxAge(noAt, NOW)).toBe(`public, max-age=${MAX_AGE_CAP}`);
		});

		it('uses the cap when at and version are both given', () => {
			const fixed = { ...REQUEST, at: '2026-03-13T14:30:00Z', version: '2026-01-01' };
			expect(maxAge(fixed, NOW)).toBe(`public, max-age=${MAX_AGE_CAP}`);
		});

		it('never caches issues', () => {
			const res = getQuote(get(PATH, { ...REQUEST, amount: 'x' }), { now: NOW });
			expect(res.status).toBe(400);
			expect(res.headers.get('cache-control')).toBe('no-store');
		});
	});
});

describe('the quote route', () => {
	it('serves GET and POST through the handlers', async () => {
		const viaGet = await route.GET(event(get(PATH, REQUEST)));
		const viaPost = await route.POST(event(post(PATH, REQUEST)));
		expect(viaGet.status).toBe(200);
		expect(await viaGet.text()).toBe(await viaPost.text());
	});

	it('answers other methods 405 with an allow header', async () => {
		for (const method of ['PUT', 'DELETE', 'PATCH']) {
			const res = await route.fallback(event(new Request('http://127.0.0.1' + PATH, { method })));
			expect(res.status).toBe(405);
			expect(res.headers.get('allow')).toBe('GET, HEAD, POST');
			expect((await res.json()).issues[0].code).toBe('method_not_allowed');
		}
	});
});
