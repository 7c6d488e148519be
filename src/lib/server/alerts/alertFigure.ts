import type { QuoteResult } from '../../engine';

/** What a condition is about, as migration 2's columns name it: a figure and its unit. */
export type AlertMetric = 'received' | 'cost' | 'percent';

/**
 * The figure of a quote that the alerts on (metric, unit) are judged on, as its decimal string:
 * what the recipient gets, the total cost, or its percent ('%'); null when the quote is blocked,
 * unpriceable or counts it in another currency (then no such condition holds).
 *
 * @example
 * alertFigure(quote, 'received', 'MXN') // '8812.40' when quote.received is 8812.40 MXN
 */
export function alertFigure(
	quote: QuoteResult | null,
	metric: AlertMetric,
	unit: string
): string | null {
	if (!quote?.allowed) return null;
	if (metric === 'received')
		return quote.received?.currency === unit ? quote.received.amount : null;
	if (!quote.cost) return null;
	if (metric === 'cost') return quote.cost.total.currency === unit ? quote.cost.total.amount : null;
	return unit === '%' ? quote.cost.percent : null;
}
