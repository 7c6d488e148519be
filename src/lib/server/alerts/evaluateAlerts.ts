import type { QuoteResult } from '../../engine';
import type { QuoteRequest } from '../../quoting';
import type { Sql, Store } from '../store';
import { alertOutcome } from './alertOutcome';
import { ALERT_COLUMNS, type StoredAlert } from './StoredAlert';

export interface EvaluateOptions {
	/** Epoch ms: the instant every request is priced at. */
	now: number;
	/** Prices one request as the quote API does; null when it no longer can be. */
	price: (request: QuoteRequest) => QuoteResult | null;
	/** Alerts per transaction; default 2,000. */
	batch?: number;
}

export interface EvaluateReport {
	/** Active alerts looked at. */
	checked: number;
	/** Distinct requests priced for them (each once). */
	priced: number;
	/** Alerts whose condition became true: one message per channel each, in the outbox. */
	fired: number;
	/** Alerts whose condition is false again, so that they may fire once more. */
	rearmed: number;
}

/**
 * Checks every active alert now: the requests they share are priced once; an alert fires when
 * its condition holds and it is armed (it is then disarmed, and its messages are put in the
 * outbox in the same transaction, under a key unique to that firing and channel), and is armed
 * again when its condition no longer holds. Batches are taken with FOR UPDATE SKIP LOCKED, so
 * that instances evaluating at once share the work, and a batch interrupted (a crash, a kill)
 * is rolled back whole: evaluated again at the next round, never told twice.
 */
export async function evaluateAlerts(
	store: Store,
	options: EvaluateOptions
): Promise<EvaluateReport> {
	const report: EvaluateReport = { checked: 0, priced: 0, fired: 0, rearmed: 0 };
	const quotes = new Map<string, QuoteResult | null>();
	const quoteOf = (a: StoredAlert) => {
		if (!quotes.has(a.requestKey)) {
			quotes.set(a.requestKey, options.price(a.request));
			report.priced++;
		}
		return quotes.get(a.requestKey)!;
	};
	const pricedAt = new Date(options.now).toISOString();
	let after = '';
	for (;;) {
		const done = await store.transaction(async (tx) => {
			const alerts = await tx.query<StoredAlert>(
				`SELECT ${ALERT_COLUMNS} FROM alerts WHERE status = 'active' AND id > $1
				 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
				[after, options.batch ?? 2000]
			);
			for (const a of alerts) {
				report.checked++;
				const q = quoteOf(a);
				const outcome = alertOutcome(a, q);
				if (outcome === 'fire') {
					await fire(tx, a, q!, pricedAt);
					report.fired++;
				} else if (outcome === 'rearm') {
					await tx.query('UPDATE alerts SET armed = true, checked_at = $2 WHERE id = $1', [
						a.id,
						pricedAt
					]);
					report.rearmed++;
				}
			}
			if (alerts.length) after = alerts[alerts.length - 1].id;
			return alerts.length === 0;
		});
		if (done) break;
	}
	return report;
}

/** Disarms the alert and puts one message per channel in the outbox, in the caller's transaction. */
async function fire(tx: Sql, a: StoredAlert, quote: QuoteResult, pricedAt: string): Promise<void> {
	const firing = a.firings + 1;
	await tx.query(
		'UPDATE alerts SET armed = false, firings = $2, fired_at = $3, checked_at = $3 WHERE id = $1',
		[a.id, firing, pricedAt]
	);
	const payload = {
		kind: 'fired',
		alertId: a.id,
		firing,
		locale: a.locale,
		condition: a.condition,
		request: a.request,
		pricedAt,
		quote
	};
	for (const [channel, to] of [
		['email', a.email],
		['webhook', a.webhookUrl]
	] as const) {
		if (to === null) continue;
		await tx.query(
			`INSERT INTO outbox (dedupe_key, alert_id, channel, payload, next_attempt_at, created_at)
			 VALUES ($1, $2, $3, $4::jsonb, $5, $5) ON CONFLICT (dedupe_key) DO NOTHING`,
			[
				`${a.id}:fired:${firing}:${channel}`,
				a.id,
				channel,
				JSON.stringify({ ...payload, to }),
				pricedAt
			]
		);
	}
}
