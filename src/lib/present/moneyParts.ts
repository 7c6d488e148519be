import { Dec, minorUnits, type QuoteResult } from '../engine';
import type { CostSplit } from '../quoting';

export const MONEY_PARTS = ['arrives', 'fees', 'taxes', 'fxMargin', 'recipientFees'] as const;
export type MoneyPart = (typeof MONEY_PARTS)[number];

/** One part of what the sender pays, in the send currency, and its share of the total in %. */
export interface MoneyShare {
	part: MoneyPart;
	amount: string;
	percent: string;
}

/**
 * Where the total paid goes, in the send currency: what arrives (the principal less the exchange
 * margin and the recipient-side fees at the mid rate), fees, taxes, the margin and the recipient-side
 * fees. Zero parts are left out; amounts half-up to the currency's minor units, shares to 0.1 %.
 */
export function moneyParts(q: QuoteResult, split: CostSplit | null): MoneyShare[] {
	if (!split || !q.total || !q.principal) return [];
	const total = new Dec(q.total.amount);
	if (total.isZero()) return [];
	const arrives = new Dec(q.principal.amount).minus(split.fxMargin).minus(split.recipientFees);
	const raw: Record<MoneyPart, Dec> = {
		arrives: Dec.max(arrives, 0),
		fees: new Dec(split.fees),
		taxes: new Dec(split.taxes),
		fxMargin: new Dec(split.fxMargin),
		recipientFees: new Dec(split.recipientFees)
	};
	const places = minorUnits(split.currency) ?? 2;
	return MONEY_PARTS.filter((p) => !raw[p].isZero()).map((part) => ({
		part,
		amount: raw[part].toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed(places),
		percent: raw[part].times(100).dividedBy(total).toDecimalPlaces(1, Dec.ROUND_HALF_UP).toFixed(1)
	}));
}
