import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '$lib/engine';
import { nextVersionQuote, quote, type QuoteRequest } from '$lib/quoting';
import { assembleRules, type Rules, type RulesFile } from '$lib/schedules';
import { loadRules } from '$lib/server';

const name = (en: string) => ({ name: { en } });

const v1: Schedule = {
	schemaVersion: 1,
	id: 'w',
	version: '2026-01-01',
	effectiveFrom: '2026-01-01T00:00:00Z',
	name: { en: 'W' },
	baseCurrency: 'USD',
	origins: ['US', 'GB'],
	types: { transfer: name('Transfer') },
	funding: { balance: name('Balance') },
	payouts: { wallet: name('Wallet'), bank: name('Bank') },
	currencies: ['USD'],
	destinations: { US: { currencies: ['USD'] }, MX: { currencies: ['MXN', 'USD'] } },
	fees: [{ id: 'fee', name: { en: 'Fee' }, when: {}, percent: '1' }]
};

// A later version that also changes the defaults: the same transfer must keep the old ones.
const v2: Schedule = {
	...v1,
	version: '2027-01-01',
	effectiveFrom: '2027-01-01T00:00:00+08:00',
	origins: ['GB', 'US'],
	payouts: { bank: name('Bank'), wallet: name('Wallet') },
	destinations: { US: { currencies: ['USD'] }, MX: { currencies: ['USD', 'MXN'] } },
	fees: [{ id: 'fee', name: { en: 'Fee' }, when: {}, percent: '2' }]
};

const file = (path: string, data: unknown): RulesFile => ({
	path,
	bytes: new TextEncoder().encode(JSON.stringify(data))
});

function rulesOf(files: RulesFile[]): Rules {
	const r = assembleRules(files, 'rules/');
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.rules;
}

const rules = rulesOf([
	file('schedules/w/2026-01-01.json', v1),
	file('schedules/w/2027-01-01.json', v2),
	file('rates/ecb/2026-03-13.json', {
		source: 'ecb',
		base: 'EUR',
		asOf: '2026-03-13T16:00:00+01:00',
		rates: { USD: '1.1476', MXN: '20.5' }
	})
]);

const request: QuoteRequest = {
	schedule: 'w',
	type: 'transfer',
	funding: 'balance',
	destination: 'MX',
	currency: 'USD',
	mode: 'send',
	amount: '100.00'
};
const NOW = Date.parse('2026-11-22T10:00:00Z');

describe('nextVersionQuote', () => {
	it('prices the request under the next version at its effectiveFrom', () => {
		const next = nextVersionQuote(rules, request, { now: NOW })!;
		expect(next.effectiveFrom).toBe('2027-01-01T00:00:00+08:00');
		expect(next.version).toBe('2027-01-01');
		expect(next.quote.schedule.version).toBe('2027-01-01');
		expect(next.quote.request.at).toBe('2027-01-01T00:00:00+08:00');
		expect(next.quote.senderLines.map((l) => l.amount)).toEqual(['2.00']);
	});

	it('keeps the origin, payout, profile and target currency of the version in force', () => {
		const now = quote(rules, request, { now: NOW });
		if (!now.ok) throw new Error('expected a quote');
		const { request: r } = nextVersionQuote(rules, request, { now: NOW })!.quote;
		expect([r.origin, r.payout, r.profile, r.targetCurrency]).toEqual([
			now.quote.request.origin,
			now.quote.request.payout,
			now.quote.request.profile,
			now.quote.request.targetCurrency
		]);
		expect([r.origin, r.payout, r.targetCurrency]).toEqual(['US', 'wallet', 'MXN']);
	});

	it('gives the same quote as asking for that version at that instant', () => {
		const next = nextVersionQuote(rules, request, { now: NOW })!;
		const direct = quote(
			rules,
			{
				...request,
				version: '2027-01-01',
				at: '2027-01-01T00:00:00+08:00',
				origin: 'US',
				payout: 'wallet',
				targetCurrency: 'MXN'
			},
			{ now: NOW }
		);
		expect(direct.ok && direct.quote).toEqual(next.quote);
	});

	it('uses the request’s instant, not the clock, when it has one', () => {
		expect(
			nextVersionQuote(rules, { ...request, at: '2027-06-01T00:00:00Z' }, { now: NOW })
		).toBeNull();
		expect(
			nextVersionQuote(rules, request, { now: Date.parse('2030-01-01T00:00:00Z') })
		).toBeNull();
		const early = nextVersionQuote(rules, { ...request, at: '2026-12-31T15:59:59Z' }, { now: 0 });
		expect(early?.version).toBe('2027-01-01');
		expect(
			nextVersionQuote(rules, { ...request, at: '2026-12-31T16:00:00Z' }, { now: 0 })
		).toBeNull();
	});

	it('gives the first version before the schedule starts', () => {
		expect(
			nextVersionQuote(rules, { ...request, at: '2025-06-01T00:00:00Z' }, { now: 0 })?.version
		).toBe('2026-01-01');
	});

	it('gives null for an explicit version, an unknown schedule or an invalid request', () => {
		expect(nextVersionQuote(rules, { ...request, version: '2026-01-01' }, { now: NOW })).toBeNull();
		expect(nextVersionQuote(rules, { ...request, schedule: 'nope' }, { now: NOW })).toBeNull();
		expect(nextVersionQuote(rules, { ...request, amount: '1.001' }, { now: NOW })).toBeNull();
	});

	it('does not mutate the request', () => {
		const copy = structuredClone(request);
		nextVersionQuote(rules, request, { now: NOW });
		expect(request).toEqual(copy);
	});

	it('finds the upcoming wallet-standard price on the shipped rules', () => {
		const shipped = loadRules(fileURLToPath(new URL('../../../rules/', import.meta.url)));
		const r = { ...request, schedule: 'wallet-standard', funding: 'debit_card' };
		// Before 2026-12-06 the next version is the one that adds the corridors, at the same prices.
		expect(nextVersionQuote(shipped, r, { now: NOW })!.version).toBe('2026-12-06');
		const december = Date.parse('2026-12-10T10:00:00Z');
		const next = nextVersionQuote(shipped, r, { now: december })!;
		expect(next.version).toBe('2027-01-01');
		const now = quote(shipped, r, { now: december });
		if (!now.ok) throw new Error('expected a quote');
		// Debit cards get cheaper: 1.2 % → 0.9 % of 100 plus 0.30.
		expect(now.quote.transferFees!.amount).not.toBe(next.quote.transferFees!.amount);
		expect(next.quote.senderLines.find((l) => l.id === 'debit_card_funding')!.amount).toBe('1.20');
	});
});
