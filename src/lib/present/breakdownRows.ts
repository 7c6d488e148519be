import type { Money, QuoteResult } from '../engine';
import { formatMoney, formatRateLine, type Locale } from '../words';

type Line = QuoteResult['senderLines'][number];

/** The words a breakdown needs: the calculator's and the widget's dictionaries both have them. */
export interface BreakdownWords {
	transferAmount: string;
	transferFees: string;
	transferTaxes: string;
	totalToPay: string;
	exchangeRate: string;
	noConversion: string;
	converted: string;
	otherFees: string;
	colon: string;
	received: string;
}

/** One row of a quote's breakdown, as the calculator's and the widget's show it. */
export interface BreakdownRow {
	/** The quote's figure, or `line` for one of its fee lines. */
	key:
		| 'principal'
		| 'line'
		| 'transferFees'
		| 'transferTaxes'
		| 'total'
		| 'exchangeRate'
		| 'converted'
		| 'received';
	label: string;
	value: string;
	/** What is paid and what is received: drawn stronger. */
	total: boolean;
	/** The fee line a `line` row is (to say how it was worked out). */
	line?: Line;
}

/**
 * The rows of a quote's breakdown, in the order of a prepayment disclosure (Regulation E,
 * § 1005.31): the transfer amount, each fee the sender pays, the transfer's fees and taxes, the
 * total to pay, the exchange rate, the amount converted, each fee taken on the recipient's side,
 * and what the recipient gets. The calculator draws them all; the widget's compact view some.
 *
 * @example
 * breakdownRows(quote, { words: pick(widgetText, 'en'), locale: 'en' })[0]
 * // { key: 'principal', label: 'Transfer amount', value: '$500.00', total: false }
 */
export function breakdownRows(
	quote: QuoteResult,
	{ words: t, locale }: { words: BreakdownWords; locale: Locale }
): BreakdownRow[] {
	const m = (x: Money | null) => (x ? formatMoney(x.amount, x.currency, locale) : '—');
	const row = (key: BreakdownRow['key'], label: string, x: Money | null, total = false) => ({
		key,
		label,
		value: m(x),
		total
	});
	const fx = quote.exchangeRate;
	return [
		row('principal', t.transferAmount, quote.principal),
		...quote.senderLines.map((l) => ({ ...row('line', `+ ${l.name}`, l), line: l })),
		row('transferFees', t.transferFees, quote.transferFees),
		row('transferTaxes', t.transferTaxes, quote.transferTaxes),
		row('total', t.totalToPay, quote.total, true),
		{
			key: 'exchangeRate',
			label: t.exchangeRate,
			value: fx
				? formatRateLine(
						quote.request.currency,
						fx.rate,
						quote.request.targetCurrency ?? '',
						locale
					)
				: t.noConversion,
			total: false
		},
		row('converted', t.converted, quote.converted),
		...quote.recipientLines.map((l) => ({
			...row('line', `− ${t.otherFees}${t.colon}${l.name}`, l),
			line: l
		})),
		row('received', t.received, quote.received, true)
	];
}
