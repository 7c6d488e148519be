import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { USAGE_VECTORS } from '../../_lib/vectors';
import { cheaperNearby, computeQuote, Dec, type QuoteInput } from '$lib/engine';
import { noticeMessage } from '$lib/words';
import { parseRequest, resolveRequest } from '$lib/quoting';
import { loadRules, getQuote, postQuote } from '$lib/server';
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

function inputOf(extra: Record<string, unknown>, rules = USAGE, base = BASE): QuoteInput {
	const p = parseRequest({ ...base, ...extra });
	if (!p.ok) throw new Error(JSON.stringify(p.issues));
	const r = resolveRequest(rules, p.request, Date.parse(String(extra.at ?? base.at)));
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.input;
}

/** Every cent from 95 % of S up to S: the best principal by the hint's own rule, or null. */
function bruteLess(input: QuoteInput): { amount: string; net: string } | null {
	const q = computeQuote(input, { words: noticeMessage });
	const s = new Dec(input.request.amount);
	const now = new Dec(q.cost!.total.amount);
	let best: { p: Dec; net: Dec } | null = null;
	for (
		let p = s.times('0.95').toDecimalPlaces(2, Dec.ROUND_CEIL);
		p.lessThan(s);
		p = p.plus('0.01')
	) {
		const there = computeQuote(
			{ ...input, request: { ...input.request, amount: p.toFixed(2) } },
			{ words: noticeMessage }
		);
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
		const hint = cheaperNearby(
			input,
			computeQuote(input, { words: noticeMessage }),
			noticeMessage
		).find((h) => h.code === 'send_less');
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
		const [hint] = cheaperNearby(
			input,
			computeQuote(input, { words: noticeMessage }),
			noticeMessage
		);
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
		const wait = cheaperNearby(
			input,
			computeQuote(input, { words: noticeMessage }),
			noticeMessage
		).find((h) => h.code === 'wait_for_window');
		expect(wait && wait.code === 'wait_for_window' && wait.until).toBe('2026-11-01T23:00:00Z');
	});

	it('sends the maximum instead of an amount a limit blocks, up to 5 % above it', () => {
		const blocked = inputOf({ amount: '10300.00' });
		const [less] = cheaperNearby(
			blocked,
			computeQuote(blocked, { words: noticeMessage }),
			noticeMessage
		);
		expect(less).toMatchObject({ code: 'send_less', amount: { amount: '10000.00' } });
		const far = inputOf({ amount: '10600.00' });
		expect(cheaperNearby(far, computeQuote(far, { words: noticeMessage }), noticeMessage)).toEqual(
			[]
		);
	});

	it('gives nothing when nothing nearby is cheaper', () => {
		const input = inputOf({ amount: '100.00' });
		expect(
			cheaperNearby(input, computeQuote(input, { words: noticeMessage }), noticeMessage)
		).toEqual([]);
	});
});

// Revolut's weekend mark-up is on the rate: 1 % from Friday 17:00 to Sunday 18:00 New York time,
// none otherwise. The snapshot's mid rate is 1.1476 USD per EUR, so 1 USD is 1 / 1.1476 EUR.
describe('cheaperNearby with a weekend margin on the rate', () => {
	const SHIPPED = loadRules(fileURLToPath(new URL('../../../rules', import.meta.url)));
	const SATURDAY = '2026-12-05T12:00:00Z';
	const SUNDAY_18_00_NEW_YORK = '2026-12-06T23:00:00Z';
	const REVOLUT = {
		schedule: 'revolut-exchange',
		at: SATURDAY,
		type: 'exchange',
		funding: 'balance',
		profile: 'standard',
		destination: 'IE',
		currency: 'EUR',
		targetCurrency: 'USD',
		mode: 'send'
	};
	const revolut = (extra: Record<string, unknown>) => inputOf(extra, SHIPPED, REVOLUT);
	const waitOf = (input: QuoteInput) =>
		cheaperNearby(input, computeQuote(input, { words: noticeMessage }), noticeMessage).find(
			(h) => h.code === 'wait_for_window'
		);
	const wait = (saving: string, cost = '0.00') => ({
		code: 'wait_for_window',
		cost: { amount: cost, currency: 'EUR' },
		saving: { amount: saving, currency: 'EUR' },
		timeZone: 'America/New_York',
		until: SUNDAY_18_00_NEW_YORK
	});

	it('prices the snapshot this table was worked out with', () => {
		const q = computeQuote(revolut({ amount: '100.00' }), {
			words: noticeMessage
		});
		expect(q.exchangeRate).toMatchObject({ mid: '1.1476', marginPercent: '1' });
	});

	it.each([
		// 200.00 × 1.1476 × 0.99 = 227.2248: 227.22 on Saturday, 229.52 on Sunday evening; 2.30 USD more
		// is 2.30 / 1.1476 = 2.0041… EUR.
		['send', '200.00', wait('2.00')],
		['pay', '200.00', wait('2.00')],
		// 0.45 × 1.136124 = 0.511… (0.51) against 0.45 × 1.1476 = 0.516… (0.52): the recipient gets a
		// cent more (0.0087… EUR), though the margin, 0.0045 EUR, rounds to a total cost of 0.00.
		['send', '0.45', wait('0.01')],
		// 101.37 USD: 89.23 EUR on Saturday (89.22 × 1.136124 = 101.364…), 88.33 on Sunday
		// (88.32 × 1.1476 = 101.356…): 0.90 less to pay, where the margin alone is 0.8923.
		['receive', '101.37', wait('0.90')],
		['receive', '200.00', wait('1.76')],
		// 0.57 USD costs 0.50 EUR either way (0.49 converts to 0.56 at both rates): nothing to wait for,
		// though the total cost falls from 0.01 (0.50 × 1 % rounded) to 0.00.
		['receive', '0.57', undefined]
	])('in %s mode for %s says what waiting is worth to the person', (mode, amount, hint) => {
		expect(waitOf(revolut({ mode, amount }))).toEqual(hint);
	});

	it('leaves the input and the quote as they were', () => {
		const input = revolut({ mode: 'receive', amount: '101.37' });
		const q = computeQuote(input, { words: noticeMessage });
		const before = structuredClone({ request: input.request, q });
		cheaperNearby(input, q, noticeMessage);
		expect({ request: input.request, q }).toEqual(before);
	});

	it('gives nothing to wait for on a weekday', () => {
		for (const mode of ['send', 'pay', 'receive']) {
			const input = revolut({ mode, amount: '200.00', at: '2026-12-02T12:00:00Z' });
			expect(
				cheaperNearby(input, computeQuote(input, { words: noticeMessage }), noticeMessage)
			).toEqual([]);
		}
	});

	it('agrees with what the person pays and gets at both instants, for every cent up to 3.00', () => {
		const back = new Dec(1).dividedBy('1.1476');
		for (const mode of ['send', 'pay', 'receive'])
			for (let cents = 1; cents <= 300; cents++) {
				const amount = new Dec(cents).dividedBy(100).toFixed(2);
				const input = revolut({ mode, amount });
				const now = computeQuote(input, { words: noticeMessage });
				const then = computeQuote(
					{
						...input,
						request: { ...input.request, at: SUNDAY_18_00_NEW_YORK }
					},
					{ words: noticeMessage }
				);
				const paysLess = new Dec(now.total!.amount).minus(then.total!.amount);
				const getsMore = new Dec(then.received!.amount).minus(now.received!.amount);
				const worth = mode === 'receive' ? paysLess : paysLess.plus(getsMore.times(back));
				const saving = worth.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
				const expected = saving.greaterThan(0) ? saving.toFixed(2) : undefined;
				const hint = waitOf(input);
				expect([mode, amount, hint?.saving.amount]).toEqual([mode, amount, expected]);
			}
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
