import { describe, expect, it } from 'vitest';
import { findAlternatives } from '$lib/quoting';
import { getRules, quoteOptions } from '$lib/server';
import * as route from '../../../src/routes/api/v1/alternatives/+server';
import { event, post, REQUEST } from './_lib/http';

const NOW = Date.parse(REQUEST.at);
const call = (body: unknown) => route.POST(event(post('/api/v1/alternatives', body)));

describe('POST /api/v1/alternatives', () => {
	it('answers {"alternatives"} for a blocked request, cheapest first', async () => {
		const request = { ...REQUEST, funding: 'balance', profile: 'unverified', amount: '1500.00' };
		const res = await call(request);
		expect(res.status).toBe(200);
		const body = await res.json();
		const direct = findAlternatives(getRules(), request, quoteOptions(NOW));
		if (!direct.ok) throw new Error('expected alternatives');
		expect(body).toEqual({ alternatives: direct.alternatives });
		expect(body.alternatives.map((a: { change: object }) => a.change)).toEqual([
			{ amount: '1000.00' },
			{ profile: 'verified' },
			{ profile: 'business' }
		]);
	});

	it('answers an empty list for an allowed request and a sanctioned destination', async () => {
		expect(await (await call(REQUEST)).json()).toEqual({ alternatives: [] });
		expect(await (await call({ ...REQUEST, destination: 'CU' })).json()).toEqual({
			alternatives: []
		});
	});

	it('answers 400 with the issues of a malformed request', async () => {
		const res = await call({ ...REQUEST, amount: '100,00' });
		expect(res.status).toBe(400);
		expect((await res.json()).issues[0]).toMatchObject({
			path: ['amount'],
			code: 'invalid_amount'
		});
	});

	it('answers other methods 405', async () => {
		const res = await route.fallback(
			event(new Request('http://127.0.0.1/api/v1/alternatives', { method: 'GET' }))
		);
		expect(res.status).toBe(405);
	});
});
