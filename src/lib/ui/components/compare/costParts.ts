import type { CostSplit } from '$lib/quoting';
import { Dec, minorUnits } from '$lib/engine';

/** The parts of a total cost, in the order the charts stack them. */
export const PARTS = ['fees', 'taxes', 'fxMargin', 'recipientFees'] as const;
export type Part = (typeof PARTS)[number];

/**
 * A part of a cost split for a table: half-up to the currency's minor units (the split keeps the
 * margin and the recipient-side fees unrounded, so that they add up to the total exactly).
 */
export function shownPart(split: CostSplit, part: Part): string {
	const places = minorUnits(split.currency) ?? 2;
	return new Dec(split[part]).toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed(places);
}
