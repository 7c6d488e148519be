import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Dec, type QuoteResult } from '$lib/engine';
import { findAlternatives, quote, type Alternative } from '$lib/quoting';
import { assembleRules, type Rules } from '$lib/schedules';
import { loadRules, quoteOptions } from '$lib/server';
import { VECTOR_RULES } from '../../_lib/vectors';

const RULES = fileURLToPath(new URL('../../../rules/', import.meta.url));
const rules = loadRules(RULES);
const vectors = loadRules(VECTOR_RULES);
const AT = '2026-11-22T10:00:00Z';
const NOW = Date.parse(AT);
const opts = quoteOptions(NOW);

const BASE = {
	schedule: 'wallet-standard',
	at: AT,
	type: 'transfer',
	funding: 'balance',
	destination: 'MX',
	currency: 'USD',
	mode: 'send',
	amount: '100.00'
};

/** The shipped wallet with one more block notice: no cash pick-up in Japan. */
function withoutCashPickupInJapan(): Rules {
	const path = 'schedules/wallet-standard/2026-01-01.json';
	const schedule = JSON.parse(readFileSync(RULES + path, 'utf8'));
	schedule.notices.push({
		id: 'cash_pickup_unavailable',
		when: { payout: 'cash_pickup', destination: 'JP' },
		severity: 'block',
		message: { en: 'Cash pick-up is not available in Japan.' }
	});
	const rates = 'rates/ecb/2026-03-13.json';
	const r = assembleRules(
		[
			{ path, bytes: Buffer.from(JSON.stringify(schedule)) },
			{ path: rates, bytes: readFileSync(RULES + rates) }
		],
		'test/'
	);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.rules;
}

function single(request: object, r = rules): QuoteResult {
	const out = quote(r, request, opts);
	if (!out.ok) throw new Error(JSON.stringify(out.issues));
	return out.quote;
}

function alternatives(request: object, r = rules): Alternative[] {
	const base = single(request, r);
	const out = findAlternatives(r, request, opts);
	if (!out.ok) throw new Error(JSON.stringify(out.issues));
	// Every alternative: allowed, one change, priced exactly as quote prices the changed request.
	const resolved = Object.fromEntries(Object.entries(base.request).filter(([, v]) => v !== null));
	for (const a of out.alternatives) {
		expect(a.quote.allowed).toBe(true);
		expect(Object.keys(a.change)).toHaveLength(1);
		expect(a.quote).toEqual(single({ ...resolved, ...a.change }, r));
	}
	const costs = out.alternatives.map((a) => new Dec(a.quote.cost!.total.amount));
	for (let i = 1; i < costs.length; i++)
		expect(costs[i - 1].lessThanOrEqualTo(costs[i])).toBe(true);
	const keys = out.alternatives.map((a) => JSON.stringify(a.change));
	expect(new Set(keys).size).toBe(keys.length);
	return out.alternatives;
}

const changes = (list: Alternative[]) => list.map((a) => a.change);
const blocks = (q: QuoteResult) =>
	q.notices.filter((n) => n.severity === 'block').map((n) => n.code);

/** The request with its amount one minor unit up or down. */
const step = (request: typeof BASE, amount: string, by: string) => ({
	...request,
	amount: new Dec(amount).plus(by).toFixed(amount.split('.')[1]?.length ?? 0)
});

describe('findAlternatives', () => {
	it('answers no alternatives for an allowed request', () => {
		expect(single(BASE).allowed).toBe(true);
		expect(alternatives(BASE)).toEqual([]);
	});

	it('gives the issues of quote for a malformed request', () => {
		const request = { ...BASE, amount: '10.001' };
		const direct = quote(rules, request, opts);
		expect(findAlternatives(rules, request, opts)).toEqual(direct);
		expect(direct.ok).toBe(false);
	});

	it('offers the wallet balance for a card-funded withdrawal', () => {
		const request = { ...BASE, type: 'withdrawal', funding: 'debit_card', destination: 'US' };
		expect(blocks(single(request))).toEqual(['card_withdrawal_blocked']);
		expect(changes(alternatives(request))).toEqual([{ funding: 'balance' }]);
	});

	it('offers another funding source for a card above the card maximum, and the card maximum', () => {
		const request = { ...BASE, funding: 'debit_card', amount: '3000.00' };
		expect(blocks(single(request))).toEqual(['above_maximum']);
		expect(changes(alternatives(request))).toEqual([
			{ funding: 'balance' },
			{ funding: 'bank_account' },
			{ amount: '2500.00' }
		]);
	});

	it('offers the payout the schedule has when cash pick-up is not offered at all', () => {
		const request = {
			...BASE,
			schedule: 'bank-wire',
			funding: 'bank_account',
			payout: 'cash_pickup',
			destination: 'US',
			currency: 'EUR'
		};
		expect(blocks(single(request))).toEqual(['unsupported_payout']);
		expect(changes(alternatives(request))).toEqual([{ payout: 'bank_account' }]);
	});

	it('offers the other payouts when a notice blocks cash pick-up, cheapest first', () => {
		const r = withoutCashPickupInJapan();
		const request = { ...BASE, payout: 'cash_pickup', destination: 'JP' };
		expect(blocks(single(request, r))).toEqual(['cash_pickup_unavailable']);
		expect(changes(alternatives(request, r))).toEqual([
			{ payout: 'wallet' },
			{ payout: 'bank_account' }
		]);
		expect(alternatives({ ...request, destination: 'MX' }, r)).toEqual([]);
	});

	it('offers verifying the account, and the largest amount allowed, over the unverified cap', () => {
		const request = { ...BASE, profile: 'unverified', amount: '1500.00' };
		expect(blocks(single(request))).toEqual(['above_maximum']);
		const list = alternatives(request);
		expect(changes(list)).toEqual([
			{ amount: '1000.00' },
			{ profile: 'verified' },
			{ profile: 'business' }
		]);
		expect(single(step(request, '1000.00', '0.01')).allowed).toBe(false);
	});

	it('never offers a frozen account, nor a downgrade that does not help', () => {
		const request = { ...BASE, amount: '15000.00' };
		expect(changes(alternatives(request))).toEqual([
			{ amount: '10000.00' },
			{ profile: 'business' }
		]);
	});

	it('finds the largest total to pay under the unverified cap in pay mode', () => {
		const request = { ...BASE, profile: 'unverified', mode: 'pay', amount: '1600.00' };
		const list = alternatives(request);
		const byAmount = list.find((a) => a.change.amount)!;
		expect(byAmount.quote.principal!.amount).toBe('1000.00');
		expect(byAmount.change.amount).toBe(single({ ...BASE, amount: '1000.00' }).total!.amount);
		expect(changes(list)).toContainEqual({ profile: 'verified' });
	});

	it('finds the largest amount to receive under the unverified cap in receive mode', () => {
		const request = { ...BASE, profile: 'unverified', mode: 'receive', amount: '30000.00' };
		const list = alternatives(request);
		const byAmount = list.find((a) => a.change.amount)!;
		expect(byAmount.quote.principal!.amount).toBe('1000.00');
		expect(single(step(request, byAmount.change.amount!, '0.01')).allowed).toBe(false);
		expect(changes(list)).toContainEqual({ profile: 'verified' });
	});

	it('offers the smallest amount allowed below the minimum, in each mode', () => {
		const send = { ...BASE, amount: '0.50' };
		expect(blocks(single(send))).toEqual(['below_minimum']);
		expect(changes(alternatives(send))).toEqual([{ amount: '1.00' }]);
		const pay = { ...BASE, mode: 'pay', amount: '1.50' };
		const p = alternatives(pay).find((a) => a.change.amount)!;
		expect(p.quote.principal!.amount).toBe('1.00');
		expect(single(step(pay, p.change.amount!, '-0.01')).allowed).toBe(false);
		const receive = { ...BASE, mode: 'receive', amount: '5.00' };
		// In receive mode: what the smallest principal delivers, so the quote receives exactly that.
		const r = alternatives(receive).find((a) => a.change.amount)!;
		expect(r.quote.principal!.amount).toBe('1.00');
		expect(r.quote.received!.amount).toBe(r.change.amount);
	});

	it('finds the smallest amount to receive when the target currency is coarser', () => {
		const request = { ...BASE, origin: 'JP', currency: 'JPY', destination: 'US', mode: 'receive' };
		const below = { ...request, amount: '0.10' };
		const byAmount = alternatives(below).find((a) => a.change.amount)!;
		expect(byAmount).toBeDefined();
		expect(single(step(below, byAmount.change.amount!, '-0.01')).allowed).toBe(false);
	});

	it('offers nothing for a sanctioned destination', () => {
		const request = { ...BASE, destination: 'CU' };
		expect(blocks(single(request))).toEqual(['sanctioned_destination']);
		expect(alternatives(request)).toEqual([]);
	});

	it('offers nothing for a frozen account: it cannot choose another profile', () => {
		const request = { ...BASE, profile: 'frozen' };
		expect(blocks(single(request))).toEqual(['account_frozen']);
		expect(alternatives(request)).toEqual([]);
		expect(alternatives({ ...request, amount: '20000.00' })).toEqual([]);
	});

	it('offers the currencies the destination takes for an unsupported target currency', () => {
		const request = { ...BASE, targetCurrency: 'EUR' };
		expect(blocks(single(request))).toEqual(['unsupported_target_currency']);
		expect(changes(alternatives(request))).toEqual([
			{ targetCurrency: 'USD' },
			{ targetCurrency: 'MXN' }
		]);
	});

	it('offers nothing when only the destination could change (vector rules)', () => {
		const request = {
			...BASE,
			schedule: 'vector-wallet',
			type: 'withdrawal',
			destination: 'US',
			currency: 'CNY'
		};
		expect(blocks(single(request, vectors))).toEqual(['withdraw_domestic_only']);
		expect(alternatives(request, vectors)).toEqual([]);
	});

	it('offers other funding and the cap for a credit card over its cap (vector rules)', () => {
		const request = {
			...BASE,
			schedule: 'vector-wallet',
			at: '2026-03-20T00:00:00Z',
			funding: 'credit_card',
			destination: 'CN',
			currency: 'CNY',
			amount: '12000.00'
		};
		expect(blocks(single(request, vectors))).toEqual(['above_maximum']);
		expect(changes(alternatives(request, vectors))).toEqual([
			{ funding: 'balance' },
			{ funding: 'bank_card' },
			{ amount: '10000.00' }
		]);
	});

	it('combines every limit the amount breaks', () => {
		// Unverified and card-funded: the unverified cap (1000) is the tighter of the two.
		const request = { ...BASE, profile: 'unverified', funding: 'debit_card', amount: '3000.00' };
		expect(blocks(single(request))).toEqual(['above_maximum', 'above_maximum']);
		expect(changes(alternatives(request))).toEqual([{ amount: '1000.00' }]);
	});

	it('does not change its input', () => {
		const request = { ...BASE, profile: 'unverified', amount: '1500.00' };
		const copy = structuredClone(request);
		findAlternatives(rules, request, opts);
		expect(request).toEqual(copy);
	});
});
