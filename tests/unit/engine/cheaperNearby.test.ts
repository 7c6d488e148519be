import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE_VECTORS } from '../../_lib/vectors';
import { cheaperNearby, computeQuote, Dec, type QuoteInput } from '$lib/engine';
import { parseRequest, resolveRequest } from '$lib/quoting';
import { loadRules } from '$lib/server/loadRules';
import { getQuote, postQuote } from '$lib/server/api';
import { get, post } from '../api/_lib/http';

const USAGE = loadRules(join(USAGE_VECTORS, 'rules'));
const BASE = {
	schedule: 'vector-usage',
	at: '2026-03-16T12:00:00Z',
	type: 'transfer',
	funding: 'bank_account',
	destination: 'MX',
	currency: 'USD',
	mode: 'send'
};

function inputOf(extra: Record<string, unknown>): QuoteInput {
	const p = parseRequest({ ...BASE, ...extra });
	if (!p.ok) throw new Error(JSON.stringify(p.issues));
	const r = resolveRequest(USAGE, p.request, Date.parse(BASE.at));
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.input;
}

/** Every cent from 95 % of S up to S: the best principal by the hint's own rule, or null. */
function bruteLess(input: QuoteInput): { amount: string; net: string } | null {
	const q = computeQuote(input);
	const s = new Dec(input.request.amount);
	const now = new Dec(q.cost!.total.amount);
	let best: { p: Dec; net: Dec } | null = null;
	for (
		let p = s.times('0.95').toDecimalPlaces(2, Dec.ROUND_CEIL);
		p.lessThan(s);
		p = p.plus('0.01')
	) {
		const there = computeQuote({ ...input, request: { ...input.request, amount: p.toFixed(2) } });
		if (!there.allowed) continue;
		const net = now.minus(there.cost!.total.amount).minus(s.minus(p));
		if (q.allowed && !net.greaterThan(0)) continue;
		if (!best || net.greaterThan(best.net) || (net.equals(best.net) && p.greaterThan(best.p)))
			best = { p, net };
	}
	return best && { amount: best.p.toFixed(2), net: best.net.toFixed(2) };
}

describe('cheaperNearby', () => {
	it.each([
		[{ amount: '1000.01' }],
		[{ amount: '1003.00', sentThisPeriod: '0' }],
		[{ amount: '305.00', sentThisPeriod: '700.00' }],
		[{ amount: '520.00', funding: 'debit_card', sentThisPeriod: '1500.00' }],
		[{ amount: '2050.00', funding: 'debit_card' }],
		[{ amount: '250.00', sentThisPeriod: '1000.00' }]
	])('finds the same send_less as a scan of every cent (%j)', (extra) => {
		const input = inputOf(extra);
		const hint = cheaperNearby(input, computeQuote(input)).find((h) => h.code === 'send_less');
		const brute = bruteLess(input);
		if (brute === null) expect(hint).toBeUndefined();
		else {
			expect(hint?.code === 'send_less' && hint.amount.amount).toBe(brute.amount);
			if (hint?.code === 'send_less')
				expect(new Dec(hint.saving.amount).minus(hint.givenUp.amount).toFixed(2)).toBe(brute.net);
		}
	});

	it('says when waiting for the weekend mark-up to end costs less, to the minute', () => {
		const input = inputOf({ amount: '250.00', at: '2026-03-14T12:00:00Z' });
		const [hint] = cheaperNearby(input, computeQuote(input));
		expect(hint).toEqual({
			code: 'wait_for_window',
			cost: { amount: '2.50', currency: 'USD' },
			saving: { amount: '2.50', currency: 'USD' },
			timeZone: 'America/New_York',
			until: '2026-03-15T22:00:00Z'
		});
	});

	it('finds the end of a window across the end of daylight saving time', () => {
		const input = inputOf({ amount: '250.00', at: '2026-10-31T12:00:00Z' });
		const wait = cheaperNearby(input, computeQuote(input)).find(
			(h) => h.code === 'wait_for_window'
		);
		expect(wait && wait.code === 'wait_for_window' && wait.until).toBe('2026-11-01T23:00:00Z');
	});

	it('sends the maximum instead of an amount a limit blocks, up to 5 % above it', () => {
		const blocked = inputOf({ amount: '10300.00' });
		const [less] = cheaperNearby(blocked, computeQuote(blocked));
		expect(less).toMatchObject({ code: 'send_less', amount: { amount: '10000.00' } });
		const far = inputOf({ amount: '10600.00' });
		expect(cheaperNearby(far, computeQuote(far))).toEqual([]);
	});

	it('gives nothing when nothing nearby is cheaper', () => {
		const input = inputOf({ amount: '100.00' });
		expect(cheaperNearby(input, computeQuote(input))).toEqual([]);
	});
});

describe('hints in the quote API', () => {
	const shipped = {
		schedule: 'moncash-ht',
		type: 'transfer',
		funding: 'wallet',
		destination: 'HT',
		currency: 'HTG',
		mode: 'send',
		amount: '250.00',
		at: '2026-12-02T12:00:00Z'
	};
	const now = Date.parse('2026-12-02T12:00:00Z');

	it('adds hints beside the quote only when asked, leaving the quote and its id as they are', async () => {
		const plain = await (await postQuote(post('/api/v1/quote', shipped), { now })).json();
		const hinted = await (await postQuote(post('/api/v1/quote?hints=1', shipped), { now })).json();
		expect(plain.hints).toBeUndefined();
		const { hints, ...quote } = hinted;
		expect(quote).toEqual(plain);
		expect(hints).toEqual([
			{
				amount: { amount: '249.99', currency: 'HTG' },
				code: 'send_less',
				cost: { amount: '5.00', currency: 'HTG' },
				givenUp: { amount: '0.01', currency: 'HTG' },
				saving: { amount: '5.00', currency: 'HTG' }
			}
		]);
		const viaGet = await getQuote(get('/api/v1/quote', { ...shipped, hints: '1' }), { now }).json();
		expect(viaGet).toEqual(hinted);
	});

	it('takes transfersThisPeriod as digits in the query', async () => {
		const res = getQuote(
			get('/api/v1/quote', { ...shipped, transfersThisPeriod: '3', sentThisPeriod: '10' }),
			{ now }
		);
		expect(res.status).toBe(200);
		expect((await res.json()).request).toMatchObject({
			transfersThisPeriod: 3,
			sentThisPeriod: '10'
		});
		const bad = getQuote(get('/api/v1/quote', { ...shipped, transfersThisPeriod: '-1' }), { now });
		expect(bad.status).toBe(400);
		expect((await bad.json()).issues[0]).toMatchObject({
			path: ['transfersThisPeriod'],
			code: 'count_out_of_range'
		});
	});

	it('keeps a GET quote priced now only until a window of its schedule opens or closes', () => {
		const query = { ...BASE, amount: '100.00' } as Record<string, string>;
		delete query.at;
		const now = Date.parse('2026-03-15T21:59:30Z'); // 30 s before the weekend mark-up ends
		const res = getQuote(get('/api/v1/quote', query), { now, rules: USAGE });
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('public, max-age=30');
	});
});
