import { describe, expect, it } from 'vitest';
import { compareQuotes, quote } from '$lib/quoting';
import { getRules, quoteOptions } from '$lib/server';
import * as route from '../../../src/routes/api/v1/compare/+server';
import { event, post, REQUEST } from './_lib/http';

const NOW = Date.parse(REQUEST.at);
const call = (body: unknown) => route.POST(event(post('/api/v1/compare', body)));

describe('POST /api/v1/compare', () => {
	it('answers {"quotes"}: the engine’s quotes of each combination, ranked', async () => {
		const vary = { funding: ['credit_card', 'balance', 'debit_card'], destination: ['CU', 'MX'] };
		const res = await call({ request: REQUEST, vary });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toContain('application/json');
		const body = await res.json();
		expect(Object.keys(body)).toEqual(['quotes']);
		const direct = compareQuotes(getRules(), { request: REQUEST, vary }, quoteOptions(NOW));
		if (!direct.ok) throw new Error('expected quotes');
		expect(body.quotes).toEqual(direct.quotes);
		for (const q of body.quotes) {
			const one = quote(
				getRules(),
				{ ...REQUEST, funding: q.request.funding, destination: q.request.destination },
				quoteOptions(NOW)
			);
			expect(one.ok && one.quote).toEqual(q);
		}
		expect(body.quotes.map((q: { allowed: boolean }) => q.allowed)).toEqual([
			true,
			true,
			true,
			false,
			false,
			false
		]);
	});

	it('adds excluded when a combination is a malformed request', async () => {
		const request = { ...REQUEST, mode: 'receive', amount: '100.50' };
		const body = await (await call({ request, vary: { destination: ['MX', 'JP'] } })).json();
		expect(body.quotes).toHaveLength(1);
		expect(body.excluded[0].change).toEqual({ destination: 'JP' });
	});

	it.each([
		[{ request: { ...REQUEST, amount: '1e3' } }, ['request', 'amount'], 'invalid_amount'],
		[{ request: REQUEST, vary: { colour: ['red'] } }, ['vary', 'colour'], 'unknown_vary_key'],
		[{ request: REQUEST, vary: { funding: [] } }, ['vary', 'funding'], 'empty_list'],
		[{ vary: {} }, ['request'], 'required'],
		[[], [], 'invalid_body']
	])('answers 400 with issues for %j', async (body, path, code) => {
		const res = await call(body);
		expect(res.status).toBe(400);
		const { issues } = await res.json();
		expect(issues.map((i: { path: unknown; code: string }) => [i.path, i.code])).toEqual([
			[path, code]
		]);
	});

	it('answers 400 too_many_combinations over the cap', async () => {
		const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
		const destination = [...letters].flatMap((a) => [...letters].map((b) => a + b)).slice(0, 101);
		const funding = Array.from({ length: 10 }, (_, i) => `f${i}`);
		const res = await call({ request: REQUEST, vary: { destination, funding } });
		expect(res.status).toBe(400);
		expect((await res.json()).issues[0].code).toBe('too_many_combinations');
	});

	it('answers 400 for a body that is not JSON and 415 for one not declared JSON', async () => {
		expect((await call('{')).status).toBe(400);
		const plain = post('/api/v1/compare', '{}', { 'content-type': 'text/plain' });
		expect((await route.POST(event(plain))).status).toBe(415);
	});

	it('answers other methods 405', async () => {
		const res = await route.fallback(
			event(new Request('http://127.0.0.1/api/v1/compare', { method: 'GET' }))
		);
		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toBe('POST');
	});
});
