import type { QuoteResult } from '../../engine';
import type { Rules } from '../../schedules';
import { Dec, midRates, NoRateError } from '../../engine';
import { ratesOfQuote } from './ratesOfQuote';

/**
 * A quote's `cost.total` in `currency`, converted at the mid rate of the quote's own rate
 * snapshot when the currencies differ; null when the quote has no cost or no such rate.
 */
function costIn(rules: Rules, q: QuoteResult, currency: string): Dec | null {
	if (!q.cost) return null;
	const { amount, currency: from } = q.cost.total;
	if (from === currency) return new Dec(amount);
	try {
		return new Dec(amount).times(midRates(ratesOfQuote(rules, q))(from, currency));
	} catch (e) {
		if (e instanceof NoRateError) return null;
		throw e;
	}
}

/**
 * Indexes of `quotes` in ranked order: allowed ones by cost in `currency` (ties, and costs that
 * cannot be converted, keep their order), then blocked ones in their order.
 */
export function rankByCost(rules: Rules, quotes: QuoteResult[], currency: string): number[] {
	const keyed = quotes.map((q, i) => ({
		i,
		q,
		cost: q.allowed ? costIn(rules, q, currency) : null
	}));
	const allowed = keyed.filter((k) => k.q.allowed);
	allowed.sort((a, b) => {
		if (a.cost === null || b.cost === null) return a.cost === b.cost ? a.i - b.i : a.cost ? -1 : 1;
		return a.cost.comparedTo(b.cost) || a.i - b.i;
	});
	return [...allowed, ...keyed.filter((k) => !k.q.allowed)].map((k) => k.i);
}
