import { describe, expect, it } from 'vitest';
import { CONFIRMATION_MS, resultSchema } from '$lib/quoting';
import {
	confirmationSchema,
	confirmQuote,
	confirmRefusalSchema,
	verificationSchema,
	verifyQuote
} from '$lib/server/api';
import { signToken } from '$lib/server';
import * as confirmRoute from '../../../src/routes/api/v1/quotes/confirm/+server';
import * as verifyRoute from '../../../src/routes/api/v1/quotes/verify/+server';
import { event, post, REQUEST } from './_lib/http';

const NOW = Date.parse('2026-06-01T10:00:00Z');
const KEY = new TextEncoder().encode('a test key that is at least 32 bytes long');
const NOW_REQUEST = Object.fromEntries(Object.entries(REQUEST).filter(([k]) => k !== 'at'));

async function confirm(body: unknown, now = NOW) {
	const res = await confirmQuote(post('/api/v1/quotes/confirm', body), { now, key: KEY });
	return { status: res.status, body: await res.json(), headers: res.headers };
}

async function verify(body: unknown, now = NOW, key = KEY) {
	const res = await verifyQuote(post('/api/v1/quotes/verify', body), { now, key });
	return { status: res.status, body: await res.json() };
}

/** The token with one character changed at `index` (negative: from the end). */
function flip(token: string, index: number): string {
	const i = index < 0 ? token.length + index : index;
	const c = token[i] === 'A' ? 'B' : 'A';
	return token.slice(0, i) + c + token.slice(i + 1);
}

describe('POST /api/v1/quotes/confirm', () => {
	it('signs the quote for 30 minutes', async () => {
		const { status, body, headers } = await confirm(NOW_REQUEST);
		expect(status).toBe(200);
		expect(headers.get('cache-control')).toBe('no-store');
		const c = confirmationSchema.parse(body);
		expect(c.expiresAt).toBe(new Date(NOW + CONFIRMATION_MS).toISOString());
		expect(c.quote.allowed).toBe(true);
		expect(c.token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
		const payload = JSON.parse(Buffer.from(c.token.split('.')[0], 'base64url').toString());
		expect(payload).toEqual({ quote: c.quote, expiresAt: c.expiresAt });
	});

	it('prices now, whatever at the request gives', async () => {
		for (const at of ['2027-06-01T00:00:00Z', '2020-01-01T00:00:00Z', 'not a time', 5]) {
			const { status, body } = await confirm({ ...REQUEST, at });
			expect(status).toBe(200);
			expect(body.quote.request.at).toBe(new Date(NOW).toISOString());
			expect(body.quote.schedule.version).toBe('2026-01-01');
		}
	});

	it('refuses a version that is not in force now', async () => {
		const { status, body } = await confirm({ ...NOW_REQUEST, version: '2027-01-01' });
		expect(status).toBe(400);
		expect(body.issues).toMatchObject([{ path: ['version'], code: 'version_not_in_force' }]);
		const inForce = await confirm({ ...NOW_REQUEST, version: '2026-01-01' });
		expect(inForce.status).toBe(200);
	});

	it('refuses a blocked quote with 422, its block notices as issues', async () => {
		const { status, body } = await confirm({ ...NOW_REQUEST, amount: '20000.00' });
		expect(status).toBe(422);
		const refusal = confirmRefusalSchema.parse(body);
		expect(refusal.quote.allowed).toBe(false);
		const blocks = refusal.quote.notices.filter((n) => n.severity === 'block');
		expect(refusal.issues).toEqual(
			blocks.map((n) => ({ path: [], code: n.code, message: n.message }))
		);
		expect(refusal.issues.map((i) => i.code)).toContain('above_maximum');
		expect(body.token).toBeUndefined();
	});

	it.each([
		[{ ...NOW_REQUEST, amount: '1e3' }, 400],
		[[NOW_REQUEST], 400],
		['{', 400]
	])('answers malformed requests %#', async (body, status) => {
		expect((await confirm(body)).status).toBe(status);
	});

	it('answers 415 and 413 like the quote endpoint', async () => {
		const text = post('/api/v1/quotes/confirm', NOW_REQUEST, { 'content-type': 'text/plain' });
		expect((await confirmQuote(text, { now: NOW, key: KEY })).status).toBe(415);
		const big = { ...NOW_REQUEST, locale: 'x'.repeat(20_000) };
		expect((await confirm(big)).status).toBe(413);
	});

	it('answers other methods 405', async () => {
		const res = await confirmRoute.fallback(event(new Request('http://127.0.0.1/')));
		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toBe('POST');
	});
});

describe('POST /api/v1/quotes/verify', async () => {
	const { body: confirmed } = await confirm(NOW_REQUEST);
	const token: string = confirmed.token;

	it('accepts its own token until it expires', async () => {
		for (const now of [NOW, NOW + CONFIRMATION_MS]) {
			const { status, body } = await verify({ token }, now);
			expect(status).toBe(200);
			expect(verificationSchema.parse(body)).toEqual({ valid: true, quote: confirmed.quote });
			expect(resultSchema.parse(body.quote)).toEqual(confirmed.quote);
		}
	});

	it('calls it expired after 30 minutes', async () => {
		const { status, body } = await verify({ token }, NOW + CONFIRMATION_MS + 1);
		expect(status).toBe(200);
		expect(body).toEqual({ valid: false, reason: 'expired' });
	});

	it('calls it tampered when any character of payload or signature changes', async () => {
		const dot = token.indexOf('.');
		for (const i of [0, 10, dot - 1, dot + 1, -1, -2]) {
			const { body } = await verify({ token: flip(token, i) });
			expect(body, `character ${i}`).toEqual({ valid: false, reason: 'tampered' });
		}
	});

	it('calls a payload re-signed with another key tampered', async () => {
		const forged = signToken(
			{ quote: confirmed.quote, expiresAt: '2099-01-01T00:00:00.000Z' },
			new TextEncoder().encode('someone else’s key')
		);
		expect((await verify({ token: forged })).body).toEqual({ valid: false, reason: 'tampered' });
	});

	it('calls a token from another key tampered even before expiry', async () => {
		const other = new TextEncoder().encode('another instance with a different secret');
		expect((await verify({ token }, NOW, other)).body.reason).toBe('tampered');
	});

	it.each([
		'',
		'.',
		'abc',
		'abc.',
		'.abc',
		'a.b.c',
		token + '.x',
		token.replace('.', '!'),
		' ' + token,
		signToken('just a string', KEY),
		signToken({ quote: null, expiresAt: '2099-01-01T00:00:00Z' }, KEY),
		signToken({ quote: {}, expiresAt: 'never' }, KEY)
	])('calls malformed token %# tampered', async (t) => {
		const { status, body } = await verify({ token: t });
		expect(status).toBe(200);
		expect(body).toEqual({ valid: false, reason: 'tampered' });
	});

	it.each([
		[{}, 'required'],
		[{ token: 5 }, 'invalid_type'],
		[{ token: null }, 'invalid_type'],
		[{ token: ['x'] }, 'invalid_type'],
		[{ token, extra: 1 }, 'unknown_field'],
		[[token], 'invalid_body'],
		['"x"', 'invalid_body'],
		['null', 'invalid_body']
	])('answers 400 when the body has no string token %#', async (body, code) => {
		const { status, body: answer } = await verify(body);
		expect(status).toBe(400);
		expect(answer.issues[0].code).toBe(code);
	});

	it('answers 405 to other methods', async () => {
		const res = await verifyRoute.fallback(event(new Request('http://127.0.0.1/')));
		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toBe('POST');
	});
});
