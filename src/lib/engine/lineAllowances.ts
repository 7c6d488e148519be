import type { QuoteInput } from './computeQuote';
import type { Money, QuoteResult } from './types';
import { NoRateError } from './errors';
import { formatAmount } from './formatAmount';
import { makeContext } from './makeContext';
import { readMoneyMap } from './readMoneyMap';

/**
 * The whole allowance of each line that has one, read in the line's currency and rounded to its
 * minor unit, by line id: what an interface needs to say "above your 1,000.00 EUR monthly
 * allowance" (the quote's `explain.allowance` gives only what was left and what it covered).
 * A line whose allowance cannot be converted (no rate) is left out.
 *
 * @example
 * lineAllowances(input, computeQuote(input)) // { 'fair-usage': { amount: '1000.00', currency: 'EUR' } }
 */
export function lineAllowances(input: QuoteInput, q: QuoteResult): Record<string, Money> {
	const out: Record<string, Money> = {};
	const lines = [...q.senderLines, ...q.recipientLines].filter((l) => l.explain.allowance);
	if (!lines.length) return out;
	const ctx = makeContext(input.schedule, input.snapshot, input.request);
	for (const l of lines) {
		const c = input.schedule.fees.find((f) => f.id === l.id);
		if (!c?.allowance) continue;
		try {
			const amount = formatAmount(readMoneyMap(ctx, c.allowance, l.currency), l.currency);
			out[l.id] = { amount, currency: l.currency };
		} catch (e) {
			if (!(e instanceof NoRateError)) throw e;
		}
	}
	return out;
}
