import { Dec, type QuoteResult } from '../../engine';

/** What an alert waits for: one figure of the whole transfer, as the quote prices it. */
export type AlertCondition =
	| { recipientGetsAtLeast: { amount: string; currency: string } }
	| { totalCostAtMost: { amount: string; currency: string } }
	| { totalCostPercentAtMost: string };

/**
 * Whether a quote meets an alert's condition, exactly: the recipient gets at least the amount,
 * or the total cost (fees, taxes and the exchange-rate margin) is at most the amount or the
 * percent. A blocked quote meets none.
 *
 * @example
 * conditionHolds({ recipientGetsAtLeast: { amount: '8800.00', currency: 'MXN' } }, quote) // true when quote.received.amount ≥ 8800.00 MXN
 */
export function conditionHolds(condition: AlertCondition, quote: QuoteResult): boolean {
	if (!quote.allowed) return false;
	if ('recipientGetsAtLeast' in condition) {
		const { amount, currency } = condition.recipientGetsAtLeast;
		const r = quote.received;
		return r !== null && r.currency === currency && new Dec(r.amount).gte(amount);
	}
	const cost = quote.cost;
	if (cost === null) return false;
	if ('totalCostAtMost' in condition) {
		const { amount, currency } = condition.totalCostAtMost;
		return cost.total.currency === currency && new Dec(cost.total.amount).lte(amount);
	}
	return new Dec(cost.percent).lte(condition.totalCostPercentAtMost);
}
