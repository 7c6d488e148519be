import { describe, expect, it } from 'vitest';
import { CONFIRMATION_MS } from '$lib/quoting';
import { confirmQuote, confirmRequest, getRules } from '$lib/server';
import { post, REQUEST } from '../api/_lib/http';

const NOW = Date.parse('2026-06-01T10:00:00Z');
const KEY = new TextEncoder().encode('a test key that is at least 32 bytes long');
const options = { now: NOW, key: KEY };

describe('confirmRequest', () => {
	it('signs the quote priced now, whatever at the request gives', () => {
		const out = confirmRequest(getRules(), { ...REQUEST, at: '2020-01-01T00:00:00Z' }, options);
		if (!out.ok) throw new Error(JSON.stringify(out.issues));
		expect(out.confirmation.quote.request.at).toBe(new Date(NOW).toISOString());
		expect(out.confirmation.expiresAt).toBe(new Date(NOW + CONFIRMATION_MS).toISOString());
		expect(out.confirmation.token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
	});

	it.each([
		[{ ...REQUEST, amount: '1e3' }, 'invalid_amount', false],
		[{ ...REQUEST, version: '2027-01-01' }, 'version_not_in_force', false],
		[{ ...REQUEST, amount: '20000.00' }, 'above_maximum', true]
	])(
		'refuses %j with its issue codes, and the quote when it is blocked',
		(input, code, blocked) => {
			const out = confirmRequest(getRules(), input, options);
			if (out.ok) throw new Error('confirmed');
			expect(out.issues.map((i) => i.code)).toContain(code);
			expect('quote' in out).toBe(blocked);
		}
	);

	it('is what POST /api/v1/quotes/confirm answers, byte for byte', async () => {
		for (const input of [
			REQUEST,
			{ ...REQUEST, amount: '20000.00' },
			{ ...REQUEST, amount: 'x' }
		]) {
			const out = confirmRequest(getRules(), input, options);
			const res = await confirmQuote(post('/api/v1/quotes/confirm', input), options);
			const body = out.ok
				? out.confirmation
				: { issues: out.issues, ...('quote' in out && { quote: out.quote }) };
			expect(await res.text()).toBe(JSON.stringify(body));
			expect(res.status).toBe(out.ok ? 200 : 'quote' in out ? 422 : 400);
		}
	});

	it('leaves its input as it was', () => {
		const input = { ...REQUEST };
		confirmRequest(getRules(), input, options);
		expect(input).toEqual(REQUEST);
	});
});
