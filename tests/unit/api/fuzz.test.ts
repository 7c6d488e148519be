import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { requestSchema, resultSchema } from '$lib/quoting';
import { getRules } from '$lib/server';
import { issuesSchema } from '$lib/server/api';
import * as quoteRoute from '../../../src/routes/api/v1/quote/+server';
import * as confirmRoute from '../../../src/routes/api/v1/quotes/confirm/+server';
import * as verifyRoute from '../../../src/routes/api/v1/quotes/verify/+server';
import * as ratesRoute from '../../../src/routes/api/v1/rates/+server';
import { event, get, post, REQUEST } from './_lib/http';

vi.stubEnv('FEECALC_SECRET', 'a fuzzing secret of at least thirty-two bytes');

const FIELDS = Object.keys(requestSchema.shape);
const wallet = getRules().schedules.get('wallet-standard')![0].schedule;

/** Any JSON value, with the shapes that break careless code: arrays, nulls, huge and odd strings, deep nesting. */
const nasty = fc.oneof(
	fc.jsonValue({ maxDepth: 4 }),
	fc.constantFrom(null, [], {}, [[[]]], { a: { b: { c: {} } } }, '', ' ', '\u0000', '١٠٠'),
	fc.constantFrom(
		'NaN',
		'Infinity',
		'-0',
		'1e400',
		'0.' + '0'.repeat(5000) + '1',
		'9'.repeat(3000)
	),
	fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'),
	fc.string({ unit: 'binary', maxLength: 40 })
);

/** A request with some fields replaced, removed or added. */
const mangled = fc
	.tuple(
		fc.dictionary(fc.constantFrom(...FIELDS), nasty, { maxKeys: 4 }),
		fc.subarray(FIELDS, { maxLength: 3 }),
		fc.dictionary(fc.string({ maxLength: 12 }), nasty, { maxKeys: 2 })
	)
	.map(([replace, remove, add]) => {
		const out: Record<string, unknown> = { ...REQUEST, ...replace, ...add };
		for (const k of remove) delete out[k];
		return out;
	});

/** Well-formed requests over the schedule's own keys, every mode, amounts up to 15 digits. */
const wellFormed = fc.record({
	schedule: fc.constant('wallet-standard'),
	type: fc.constantFrom(...Object.keys(wallet.types), 'nope'),
	funding: fc.constantFrom(...Object.keys(wallet.funding)),
	destination: fc.constantFrom(...Object.keys(wallet.destinations), 'AQ'),
	currency: fc.constantFrom(...wallet.currencies, 'XAU', 'BHD'),
	mode: fc.constantFrom('send', 'pay', 'receive'),
	amount: fc.oneof(
		fc.stringMatching(/^[1-9][0-9]{0,3}\.[0-9]{2}$/),
		fc.stringMatching(/^[1-9][0-9]{0,14}(\.[0-9]{1,2})?$/),
		fc.constantFrom('0.01', '1', '999999999999999', '999999999999999.99', '0.001')
	),
	at: fc.constantFrom('2026-06-01T00:00:00Z', '2027-06-01T00:00:00+08:00')
});

const OK = new Set([200, 400, 413, 422]);

async function check(res: Response) {
	expect(OK.has(res.status), `status ${res.status}`).toBe(true);
	const text = await res.text();
	const body = JSON.parse(text);
	if (res.status === 200 && 'id' in body) {
		resultSchema.parse(body);
		expect(text).toBe(JSON.stringify(body));
	}
	if (res.status === 400 || res.status === 413) issuesSchema.parse(body);
}

const runs = { numRuns: 200 };

describe('nothing a client sends gives a 500', () => {
	it('POST /api/v1/quote with any JSON', async () => {
		await fc.assert(
			fc.asyncProperty(fc.oneof(nasty, mangled), async (body) => {
				await check(await quoteRoute.POST(event(post('/api/v1/quote', body))));
			}),
			runs
		);
	});

	it('GET /api/v1/quote with any query', async () => {
		const pair = fc.tuple(
			fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 10 })),
			fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 20 }))
		);
		const query = fc
			.tuple(fc.array(pair, { maxLength: 6 }), fc.boolean())
			.map(([pairs, base]) =>
				base ? [...(Object.entries(REQUEST) as [string, string][]), ...pairs] : pairs
			);
		await fc.assert(
			fc.asyncProperty(query, async (pairs) => {
				await check(await quoteRoute.GET(event(get('/api/v1/quote', pairs))));
			}),
			runs
		);
	});

	it('well-formed requests in every mode, up to 15 digits', async () => {
		await fc.assert(
			fc.asyncProperty(wellFormed, async (body) => {
				await check(await quoteRoute.POST(event(post('/api/v1/quote', body))));
			}),
			runs
		);
	});

	it('confirm and verify with any JSON', async () => {
		await fc.assert(
			fc.asyncProperty(fc.oneof(nasty, mangled), async (body) => {
				await check(await confirmRoute.POST(event(post('/api/v1/quotes/confirm', body))));
				await check(await verifyRoute.POST(event(post('/api/v1/quotes/verify', body))));
				const token = { token: typeof body === 'string' ? body : JSON.stringify(body) };
				await check(await verifyRoute.POST(event(post('/api/v1/quotes/verify', token))));
			}),
			runs
		);
	});

	it('GET /api/v1/rates with any query', async () => {
		const pair = fc.tuple(fc.constantFrom('source', 'at', 'x'), fc.string({ maxLength: 30 }));
		await fc.assert(
			fc.asyncProperty(fc.array(pair, { maxLength: 3 }), async (pairs) => {
				const res = await ratesRoute.GET(event(get('/api/v1/rates', pairs)));
				expect([200, 400, 404]).toContain(res.status);
				JSON.parse(await res.text());
			}),
			runs
		);
	});

	it('bodies that are not JSON objects at all', async () => {
		for (const text of [
			'',
			' ',
			'[',
			'{"a":',
			'undefined',
			'\u0000',
			'{"schedule":1}'.repeat(1000)
		]) {
			await check(await quoteRoute.POST(event(post('/api/v1/quote', text))));
			await check(await confirmRoute.POST(event(post('/api/v1/quotes/confirm', text))));
			await check(await verifyRoute.POST(event(post('/api/v1/quotes/verify', text))));
		}
	});

	it('a huge query string', async () => {
		const res = await quoteRoute.GET(
			event(get('/api/v1/quote', { ...REQUEST, amount: '9'.repeat(100_000) }))
		);
		expect(res.status).toBe(400);
		expect((await res.json()).issues[0].code).toBe('too_many_digits');
	});
});
