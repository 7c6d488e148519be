import type { QuoteResult } from '../engine';
import type { Rules } from '../schedules';
import { Dec, midRates } from '../engine';
import { ratesOfQuote } from './_lib/ratesOfQuote';

/**
 * A quote's total cost split into its parts, in the send currency: `fees` and `taxes` as quoted,
 * `fxMargin` = principal × marginPercent / 100 and `recipientFees` = the recipient lines converted
 * back at the mid rate, both unrounded; `sum` is their unrounded total, which `total`
 * (`cost.total`) rounds once with the schedule's rounding.
 */
export interface CostSplit {
	currency: string;
	fees: string;
	taxes: string;
	fxMargin: string;
	recipientFees: string;
	sum: string;
	total: string;
}

/**
 * The parts of a quote's `cost.total` (quote.md: sender lines + FX margin + recipient lines at the
 * mid rate), worked out the way the engine works them out; null for a quote without a cost.
 *
 * @example
 * costSplit(rules, quote) // { currency: 'USD', fees: '5.50', taxes: '0.00', fxMargin: '2.5', recipientFees: '2.80…', sum: '10.80…', total: '10.81' }
 */
export function costSplit(rules: Rules, q: QuoteResult): CostSplit | null {
	if (!q.cost || !q.principal || !q.transferFees || !q.transferTaxes) return null;
	const send = q.principal.currency;
	const principal = new Dec(q.principal.amount);
	const fxMargin = q.exchangeRate
		? principal.times(q.exchangeRate.marginPercent).dividedBy(100)
		: new Dec(0);
	const target = q.converted?.currency ?? send;
	const lines = q.recipientLines.reduce((s, l) => s.plus(l.amount), new Dec(0));
	const recipientFees =
		q.recipientLines.length === 0
			? new Dec(0)
			: q.exchangeRate
				? lines.times(midRates(ratesOfQuote(rules, q))(target, send))
				: lines;
	const fees = new Dec(q.transferFees.amount);
	const taxes = new Dec(q.transferTaxes.amount);
	return {
		currency: send,
		fees: q.transferFees.amount,
		taxes: q.transferTaxes.amount,
		fxMargin: fxMargin.toString(),
		recipientFees: recipientFees.toString(),
		sum: fees.plus(taxes).plus(fxMargin).plus(recipientFees).toString(),
		total: q.cost.total.amount
	};
}
