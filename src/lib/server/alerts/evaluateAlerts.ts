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
	const json = new Map<string, string>();
	const quoteJson = (key: string) => {
		if (!json.has(key)) json.set(key, JSON.stringify(quotes.get(key)));
		return json.get(key)!;
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
			const fired: StoredAlert[] = [];
			const rearmed: string[] = [];
			for (const a of alerts) {
				report.checked++;
				const outcome = alertOutcome(a, quoteOf(a));
				if (outcome === 'fire') fired.push(a);
				else if (outcome === 'rearm') rearmed.push(a.id);
			}
			await fire(tx, fired, (a) => quoteJson(a.requestKey), pricedAt);
			if (rearmed.length)
				await tx.query(
					'UPDATE alerts SET armed = true, checked_at = $2 WHERE id = ANY($1::text[])',
					[rearmed, pricedAt]
				);
			report.fired += fired.length;
			report.rearmed += rearmed.length;
			if (alerts.length) after = alerts[alerts.length - 1].id;
			return alerts.length === 0;
		});
		if (done) break;
	}
	return report;
}

/**
 * Disarms the alerts and puts one message per channel each in the outbox, in the caller's
 * transaction: one UPDATE and one INSERT for the whole batch (unnest of arrays), not one a row.
 */
async function fire(
	tx: Sql,
	alerts: StoredAlert[],
	quoteJson: (a: StoredAlert) => string,
	pricedAt: string
): Promise<void> {
	if (alerts.length === 0) return;
	await tx.query(
		`UPDATE alerts SET armed = false, firings = u.firing, fired_at = $3, checked_at = $3
		 FROM unnest($1::text[], $2::int[]) AS u(id, firing) WHERE alerts.id = u.id`,
		[alerts.map((a) => a.id), alerts.map((a) => a.firings + 1), pricedAt]
	);
	const keys: string[] = [];
	const ids: string[] = [];
	const channels: string[] = [];
	const payloads: string[] = [];
	for (const a of alerts) {
		const firing = a.firings + 1;
		for (const [channel, to] of [
			['email', a.email],
			['webhook', a.webhookUrl]
		] as const) {
			if (to === null) continue;
			const payload = {
				kind: 'fired',
				alertId: a.id,
				firing,
				locale: a.locale,
				condition: a.condition,
				request: a.request,
				pricedAt,
				to
			};
			keys.push(`${a.id}:fired:${firing}:${channel}`);
			ids.push(a.id);
			channels.push(channel);
			// The quote, shared by every alert on its request, is made JSON once.
			payloads.push(`${JSON.stringify(payload).slice(0, -1)},"quote":${quoteJson(a)}}`);
		}
	}
	await tx.query(
		`INSERT INTO outbox (dedupe_key, alert_id, channel, payload, next_attempt_at, created_at)
		 SELECT k, a, c, p::jsonb, $5, $5 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(k, a, c, p)
		 ON CONFLICT (dedupe_key) DO NOTHING`,
		[keys, ids, channels, payloads, pricedAt]
	);
}
