import type { QuoteResult } from '../../engine';
import {
	alertText,
	formatMoney,
	formatPercent,
	formatRateLine,
	type Locale,
	pick
} from '../../words';

/**
 * The figures of a quote an alert fired on, as label and value, exact, as the pages show money:
 * what is sent and paid, what the recipient gets, the total cost (and its percent), the rate.
 * The fired email's table and the manage page's.
 *
 * @example
 * firedFigures(quote, 'en')[2] // ['Recipient gets', 'MX$8,812.40']
 */
export function firedFigures(q: QuoteResult, locale: Locale): [string, string][] {
	const t = pick(alertText, locale);
	const money = (m: { amount: string; currency: string } | null) =>
		m ? formatMoney(m.amount, m.currency, locale) : '—';
	const rows: [string, string][] = [
		[t.youSend, money(q.principal)],
		[t.youPay, money(q.total)],
		[t.recipientGets, money(q.received)],
		[
			t.totalCost,
			q.cost ? `${money(q.cost.total)} (${formatPercent(q.cost.percent, locale)})` : '—'
		]
	];
	if (q.exchangeRate && q.received)
		rows.push([
			t.rate,
			formatRateLine(q.request.currency, q.exchangeRate.rate, q.received.currency, locale)
		]);
	return rows;
}
