import type { QuoteResult } from '../../engine';
import type { QuoteRequest } from '../../quoting';
import type { Sql } from '../store';
import { alertOutcome, type AlertOutcome } from './alertOutcome';
import { ALERT_COLUMNS, type StoredAlert } from './StoredAlert';

export interface AlertCheck {
	alert: StoredAlert;
	outcome: AlertOutcome;
	/** The quote it was judged on; null when the request can no longer be priced. */
	quote: QuoteResult | null;
}

export interface CheckReport {
	checked: number;
	priced: number;
	/** Every active alert with what evaluateAlerts would do to it now, by id. */
	alerts: AlertCheck[];
}

/**
 * What evaluateAlerts would do now, without doing it: a read-only pricing pass over the active
 * alerts (SELECTs only, no row locked, nothing written to the alerts or the outbox), each shared
 * request priced once, each alert judged by the same alertOutcome.
 *
 * @example
 * const { alerts } = await checkAlerts(store, { price });
 * alerts.filter((a) => a.outcome === 'fire') // what would be told
 */
export async function checkAlerts(
	sql: Sql,
	options: { price: (request: QuoteRequest) => QuoteResult | null }
): Promise<CheckReport> {
	const rows = await sql.query<StoredAlert>(
		`SELECT ${ALERT_COLUMNS} FROM alerts WHERE status = 'active' ORDER BY id`
	);
	const quotes = new Map<string, QuoteResult | null>();
	const alerts = rows.map((alert) => {
		if (!quotes.has(alert.requestKey)) quotes.set(alert.requestKey, options.price(alert.request));
		const quote = quotes.get(alert.requestKey)!;
		return { alert, outcome: alertOutcome(alert, quote), quote };
	});
	return { checked: rows.length, priced: quotes.size, alerts };
}
