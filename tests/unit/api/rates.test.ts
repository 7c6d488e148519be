import { describe, expect, it } from 'vitest';
import { getRules } from '$lib/server';
import { getRates, ratesAnswerSchema } from '$lib/server/api';
import type { Rules } from '$lib/schedules';
import * as route from '../../../src/routes/api/v1/rates/+server';
import { event, get } from './_lib/http';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const PATH = '/api/v1/rates';

/** The shipped rules with the ECB's snapshots only. */
function ecbOnly(): Rules {
	const rules = getRules();
	return { ...rules, rates: new Map([['ecb', rules.rates.get('ecb')!]]) };
}

/** The shipped rules with a second rate source, a copy of the first. */
function twoSources(): Rules {
	const rules = getRules();
	const rates = new Map(rules.rates);
	rates.set(
		'other',
		(rules.rates.get('ecb') ?? []).map((s) => ({ ...s, source: 'other' }))
	);
	return { ...rules, rates };
}

describe('GET /api/v1/rates', () => {
	it('answers the snapshot in force of the only source', async () => {
		const res = getRates(get(PATH), { now: NOW, rules: ecbOnly() });
		expect(res.status).toBe(200);
		const body = ratesAnswerSchema.parse(await res.json());
		expect(body).toMatchObject({ source: 'ecb', base: 'EUR', asOf: '2026-03-13T16:00:00+01:00' });
		expect(body.rates.USD).toBe('1.1476');
		// 2026-03-13T15:00:00Z to 2026-06-01T00:00:00Z: 79 days 9 hours
		expect(body.sources).toEqual([
			{
				source: 'ecb',
				asOf: '2026-03-13T16:00:00+01:00',
				ageSeconds: (79 * 24 + 9) * 3600,
				snapshots: 1
			}
		]);
	});

	it('reads source and at', async () => {
		const res = getRates(get(PATH, { source: 'ecb', at: '2026-03-13T15:00:00Z' }));
		expect(res.status).toBe(200);
	});

	it.each([
		[{ source: 'ecb', at: '2026-03-13T14:59:59Z' }, 404, 'no_snapshot'],
		[{ at: '2026-03-13T15:00:00Z' }, 400, 'rate_source_required'],
		[{ source: 'nope' }, 404, 'unknown_rate_source'],
		[{ source: '__proto__' }, 404, 'unknown_rate_source'],
		[{ at: 'yesterday' }, 400, 'invalid_instant'],
		[{ at: '2026-03-13T15:00:00' }, 400, 'invalid_instant'],
		[{ base: 'EUR' }, 400, 'unknown_parameter']
	])('answers %j with %i', async (query, status, code) => {
		const res = getRates(get(PATH, query), { now: NOW });
		expect(res.status).toBe(status);
		expect((await res.json()).issues[0].code).toBe(code);
	});

	it('answers 400 for a repeated parameter', async () => {
		const res = getRates(
			get(PATH, [
				['source', 'ecb'],
				['source', 'ecb']
			]),
			{ now: NOW }
		);
		expect(res.status).toBe(400);
		expect((await res.json()).issues[0].code).toBe('repeated_parameter');
	});

	it('needs a source when there are several', async () => {
		const rules = twoSources();
		const res = getRates(get(PATH), { now: NOW, rules });
		expect(res.status).toBe(400);
		expect((await res.json()).issues[0]).toMatchObject({
			path: ['source'],
			code: 'rate_source_required'
		});
		const named = getRates(get(PATH, { source: 'other' }), { now: NOW, rules });
		expect((await named.json()).source).toBe('other');
	});

	it("answers the National Bank of Poland's two tables as one: each currency's latest, with where it was published", async () => {
		const res = getRates(get(PATH, { source: 'nbp', at: '2022-05-13T12:15:00+02:00' }), {
			now: NOW
		});
		expect(res.status).toBe(200);
		const body = ratesAnswerSchema.parse(await res.json());
		expect(body).toMatchObject({
			source: 'nbp',
			base: 'PLN',
			quotation: 'direct',
			asOf: '2022-05-13T12:15:00+02:00'
		});
		expect(body.rates.USD).toBe('4.4849');
		expect(body.rates.GTQ).toBe('0.5773');
		expect(body.published?.USD).toEqual({
			asOf: '2022-05-13T12:15:00+02:00',
			table: '092/A/NBP/2022'
		});
		expect(body.published?.GTQ).toEqual({
			asOf: '2022-05-11T12:15:00+02:00',
			table: '019/B/NBP/2022'
		});
		const before = getRates(get(PATH, { source: 'nbp', at: '2022-05-13T12:14:59+02:00' }), {
			now: NOW
		});
		const older = ratesAnswerSchema.parse(await before.json());
		expect(older.rates.USD).toBeUndefined();
		expect(older.published?.GTQ.table).toBe('019/B/NBP/2022');
	});

	it('answers 404 when the rules have no rates', async () => {
		const res = getRates(get(PATH), { now: NOW, rules: { ...getRules(), rates: new Map() } });
		expect(res.status).toBe(404);
		expect((await res.json()).issues[0].code).toBe('no_rates');
	});

	it('answers through the route, and 405 to other methods', async () => {
		expect((await route.GET(event(get(PATH, { source: 'ecb' })))).status).toBe(200);
		const res = await route.fallback(event(new Request('http://127.0.0.1/', { method: 'POST' })));
		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toBe('GET, HEAD');
	});
});
