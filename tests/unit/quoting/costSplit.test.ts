import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Dec, roundTo, type QuoteResult } from '$lib/engine';
import { compareQuotes, costSplit, quote } from '$lib/quoting';
import { loadRules, quoteOptions } from '$lib/server';

const rules = loadRules(fileURLToPath(new URL('../../../rules', import.meta.url)));
const AT = '2026-11-22T10:00:00Z';
const NOW = Date.parse(AT);

function everyQuote(request: Record<string, string>, vary: Record<string, string[]>) {
	const out = compareQuotes(rules, { request, vary }, quoteOptions(NOW));
	if (!out.ok) throw new Error(JSON.stringify(out.issues));
	return out.quotes;
}

const wallet = rules.schedules.get('wallet-standard')!.at(0)!.schedule;
const quotes: QuoteResult[] = [
	...everyQuote(
		{
			schedule: 'wallet-standard',
			at: AT,
			type: 'transfer',
			funding: 'balance',
			destination: 'MX',
			currency: 'USD',
			mode: 'send',
			amount: '137.43'
		},
		{
			destination: Object.keys(wallet.destinations),
			funding: Object.keys(wallet.funding),
			payout: Object.keys(wallet.payouts!)
		}
	),
	...everyQuote(
		{
			schedule: 'bank-wire',
			at: AT,
			type: 'transfer',
			funding: 'bank_account',
			origin: 'DE',
			destination: 'US',
			currency: 'EUR',
			mode: 'pay',
			amount: '2519.99'
		},
		{ destination: ['US', 'GB', 'JP', 'FR', 'IN', 'CH'] }
	)
];

describe('costSplit', () => {
	it('splits every priced quote into parts that add up to cost.total before rounding', () => {
		let withRecipientFees = 0;
		for (const q of quotes) {
			const split = costSplit(rules, q);
			if (!q.cost) {
				expect(split).toBeNull();
				continue;
			}
			expect(split).not.toBeNull();
			const s = split!;
			expect(s.currency).toBe(q.cost.total.currency);
			expect(s.fees).toBe(q.transferFees!.amount);
			expect(s.taxes).toBe(q.transferTaxes!.amount);
			const sum = new Dec(s.fees).plus(s.taxes).plus(s.fxMargin).plus(s.recipientFees);
			expect(sum.equals(s.sum)).toBe(true);
			const places = s.total.split('.')[1]?.length ?? 0;
			expect(roundTo(sum, places, 'half-up').toFixed(places)).toBe(q.cost.total.amount);
			expect(s.total).toBe(q.cost.total.amount);
			// The percent the engine gives is the same unrounded sum over the principal.
			const pct = sum.dividedBy(q.principal!.amount).times(100);
			expect(pct.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2)).toBe(q.cost.percent);
			if (q.recipientLines.length) withRecipientFees++;
		}
		expect(withRecipientFees).toBeGreaterThan(10);
	});

	it('works out the FX margin on the principal and nothing without a conversion', () => {
		const one = quote(
			rules,
			{
				schedule: 'wallet-standard',
				at: AT,
				type: 'transfer',
				funding: 'balance',
				payout: 'cash_pickup',
				destination: 'MX',
				currency: 'USD',
				mode: 'send',
				amount: '100.00'
			},
			{ now: NOW }
		);
		if (!one.ok) throw new Error('expected a quote');
		const s = costSplit(rules, one.quote)!;
		expect(s.fxMargin).toBe('2.5');
		expect(new Dec(s.recipientFees).greaterThan(0)).toBe(true);
		const home = quotes.find((q) => q.scope === 'domestic' && q.cost)!;
		expect(costSplit(rules, home)!.fxMargin).toBe('0');
	});

	it('does not change the quote', () => {
		const q = quotes.find((x) => x.recipientLines.length > 0)!;
		const before = JSON.stringify(q);
		costSplit(rules, q);
		expect(JSON.stringify(q)).toBe(before);
	});
});
