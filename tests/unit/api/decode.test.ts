import { describe, expect, it } from 'vitest';
import {
	decodeResultSchema,
	getDecode,
	issuesSchema,
	openApiDocument,
	postDecode
} from '$lib/server/api';
import * as route from '../../../src/routes/api/v1/decode/+server';
import { event, get, ORIGIN, post } from './_lib/http';

const PATH = '/api/v1/decode';
const NOW = Date.parse('2026-06-01T00:00:00Z');
const RECEIPT = {
	sent: '1000.00',
	sentCurrency: 'USD',
	received: '16950.00',
	receivedCurrency: 'MXN',
	fee: '5.00',
	date: '2026-03-16',
	destination: 'MX'
};

describe('/api/v1/decode', () => {
	it('POST decodes the receipt of decode.md', async () => {
		const res = await postDecode(post(PATH, RECEIPT), { now: NOW });
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('no-store');
		const body = decodeResultSchema.parse(await res.json());
		expect(body.cost.total).toEqual({ amount: '53.89', currency: 'USD' });
		expect(body.marginPercent).toBe('4.89');
		expect(body.instead.map((i) => i.schedule)).toContain('wallet-standard');
	});

	it('GET answers the same as POST', async () => {
		const a = await (await postDecode(post(PATH, RECEIPT), { now: NOW })).json();
		const b = await getDecode(get(PATH, RECEIPT), { now: NOW }).json();
		expect(b).toEqual(a);
	});

	it.each([
		[{ ...RECEIPT, sent: '1,000.00' }, 'invalid_amount'],
		[{ ...RECEIPT, receivedCurrency: 'USD' }, 'same_currency'],
		[{ ...RECEIPT, date: '1998-12-31' }, 'no_reference_rate'],
		[{ ...RECEIPT, receivedCurrency: 'KYD' }, 'no_reference_rate'],
		[{ ...RECEIPT, date: '2030-01-01' }, 'date_in_future'],
		[{ ...RECEIPT, sentCurrency: 'XXY' }, 'unknown_currency']
	])('answers 400 with issues for %j', async (body, code) => {
		for (const res of [
			await postDecode(post(PATH, body), { now: NOW }),
			getDecode(get(PATH, body), { now: NOW })
		]) {
			expect(res.status).toBe(400);
			const { issues } = issuesSchema.parse(await res.json());
			expect(issues.map((i) => i.code)).toContain(code);
		}
	});

	it('answers 400 for a repeated parameter and 415 for a form post', async () => {
		const res = getDecode(
			get(PATH, [
				['sent', '1'],
				['sent', '2']
			]),
			{ now: NOW }
		);
		expect(res.status).toBe(400);
		const form = new Request(ORIGIN + PATH, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'sent=1'
		});
		expect((await postDecode(form)).status).toBe(415);
	});

	it('is routed, and 405 for other methods', async () => {
		expect((await route.POST(event(post(PATH, RECEIPT)))).status).toBe(200);
		expect(
			(await route.fallback(event(new Request(ORIGIN + PATH, { method: 'PUT' })))).status
		).toBe(405);
	});

	it('is described in the OpenAPI document', () => {
		const doc = openApiDocument() as { paths: Record<string, Record<string, unknown>> };
		expect(Object.keys(doc.paths[PATH]).sort()).toEqual(['get', 'post']);
	});
});
