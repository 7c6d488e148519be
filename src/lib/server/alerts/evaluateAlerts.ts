import type { QuoteResult } from '../../engine';
import type { QuoteRequest } from '../../quoting';
import type { Store } from '../store';
import { deleteOldQuotes } from './deleteOldQuotes';
import { fireAlerts } from './fireAlerts';
import { rearmAlerts } from './rearmAlerts';
import { keepQuoteJson, storeQuotes } from './storeQuotes';

export interface EvaluateOptions {
	/** Epoch ms: the instant every request is priced at. */
	now: number;
	/** Prices one request as the quote API does; null when it no longer can be. */
	price: (request: QuoteRequest) => QuoteResult | null;
	/** Alerts fired (or armed again) per transaction; default 20,000. */
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

/** How long a priced quote is kept after a newer one of its request, when no message needs it. */
const KEEP_MS = 3_600_000;

/**
 * Checks every active alert now, touching only those that change: each distinct request of the
 * active alerts is priced once and its figures kept once (priced_quotes); then, in SQL, the armed
 * alerts whose condition holds fire (disarmed, their messages put in the outbox in the same
 * statement, under a key unique to that firing and channel, the quote's JSON kept with the first
 * of them) and the disarmed ones whose
 * condition no longer holds are armed again, each a range scan of alerts_by_condition. Rows
 * are taken FOR UPDATE SKIP LOCKED, `batch` a transaction, so that instances evaluating at once
 * share the work, and a transaction interrupted (a crash, a kill) is rolled back whole: done at
 * the next round, never told twice.
 */
export async function evaluateAlerts(
	store: Store,
	options: EvaluateOptions
): Promise<EvaluateReport> {
	const batch = options.batch ?? 20_000;
	const at = new Date(options.now).toISOString();
	const [{ checked }] = await store.query<{ checked: number }>(
		`SELECT count(*)::int AS checked FROM alerts WHERE status = 'active'`
	);
	const kinds = await alertKinds(store);
	const requests = new Map(kinds.map((k) => [k.key, k.request]));
	const priced = [...requests].map(([key, request]) => ({ key, quote: options.price(request) }));
	const ids = await storeQuotes(store, priced, at);
	const report: EvaluateReport = { checked, priced: priced.length, fired: 0, rearmed: 0 };
	if (ids.length === 0) return report;
	const idOf = new Map(priced.map((p, i) => [p.key, ids[i]]));
	const quoteOf = new Map(ids.map((id, i) => [id, priced[i].quote!]));
	const figures = JSON.stringify(
		kinds.map((k) => ({ q: idOf.get(k.key), m: k.metric, u: k.unit }))
	);
	// A batch a transaction, until one comes back short.
	let n: number;
	do {
		n = await store.transaction(async (tx) => {
			const { fired, unwritten } = await fireAlerts(tx, figures, at, batch);
			await keepQuoteJson(tx, unwritten, (id) => quoteOf.get(id)!);
			return fired;
		});
		report.fired += n;
	} while (n === batch);
	do {
		n = await store.transaction((tx) => rearmAlerts(tx, figures, at, batch));
		report.rearmed += n;
	} while (n === batch);
	await deleteOldQuotes(store, options.now - KEEP_MS);
	return report;
}

/**
 * The distinct (request, metric, unit) of the active alerts, with one stored request each: a
 * skip scan of alerts_by_condition, one index descent each, not a read of every alert.
 */
function alertKinds(store: Store) {
	return store.query<{ key: string; metric: string; unit: string; request: QuoteRequest }>(
		`WITH RECURSIVE kinds AS (
			(SELECT request_key, metric, unit, request FROM alerts WHERE status = 'active'
			 ORDER BY request_key, metric, unit LIMIT 1)
			UNION ALL
			SELECT next.* FROM kinds CROSS JOIN LATERAL (
				SELECT request_key, metric, unit, request FROM alerts
				WHERE status = 'active'
					AND (request_key, metric, unit) > (kinds.request_key, kinds.metric, kinds.unit)
				ORDER BY request_key, metric, unit LIMIT 1) AS next)
		 SELECT request_key AS key, metric, unit, request FROM kinds`
	);
}
