import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { costCurve, quote } from '$lib/quoting';
import { loadRules, quoteOptions } from '$lib/server';

const rules = loadRules(fileURLToPath(new URL('../../../rules', import.meta.url)));
const AT = '2026-11-22T10:00:00Z';
const NOW = Date.parse(AT);
const REQUEST = {
	schedule: 'wallet-standard',
	at: AT,
	type: 'transfer',
	funding: 'debit_card',
	destination: 'MX',
	currency: 'USD',
	mode: 'send'
};

describe('costCurve', () => {
	it('gives each amount’s cost as quote prices it, allowed or not', () => {
		const amounts = ['0.50', '10.00', '100.00', '2500.00', '2500.01'];
		const out = costCurve(rules, REQUEST, { ...quoteOptions(NOW), amounts });
		if (!out.ok) throw new Error(JSON.stringify(out.issues));
		expect(out.points.map((p) => p.amount)).toEqual(amounts);
		for (const p of out.points) {
			const q = quote(rules, { ...REQUEST, amount: p.amount }, { now: NOW });
			if (!q.ok) throw new Error('expected a quote');
			expect(p).toEqual({
				amount: p.amount,
				costTotal: q.quote.cost!.total.amount,
				costPercent: q.quote.cost!.percent,
				allowed: q.quote.allowed
			});
		}
		expect(out.points.map((p) => p.allowed)).toEqual([false, true, true, true, false]);
	});

	it('names the malformed amount by its index', () => {
		const out = costCurve(rules, REQUEST, { now: NOW, amounts: ['1.00', '1.001'] });
		expect(out.ok).toBe(false);
		if (!out.ok)
			expect(out.issues.map((i) => [i.path, i.code])).toEqual([
				[['amounts', 1], 'too_many_decimals']
			]);
	});

	it('answers the request’s own issues as quote does', () => {
		const out = costCurve(rules, { ...REQUEST, schedule: 'nope' }, { now: NOW, amounts: ['1.00'] });
		expect(out.ok).toBe(false);
		if (!out.ok) expect(out.issues[0].code).toBe('unknown_schedule');
	});
});
