import type { QuoteResult } from '../../engine';
import type { QuoteRequest } from '../../quoting';
import type { Store } from '../store';
import { alertFigure, type AlertMetric } from './alertFigure';
import { deleteOldQuotes } from './deleteOldQuotes';
import { judgeKinds, sameFigure, type KeepQuotes, type KindFigure } from './judgeKinds';
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

interface Kind {
	key: string;
	metric: AlertMetric;
	unit: string;
	request: QuoteRequest;
	alerts: number;
	/** Whether its alerts were all judged on `figure` and none changed since. */
	clean: boolean;
	figure: string | null;
}

/**
 * Checks every active alert now, touching only those that change: each distinct request of the
 * active alerts is priced once; the kinds (request, metric, unit) whose figure did not move
 * since their alerts were all judged on it are left alone (no quote kept, no index read); the
 * others are judged in SQL (judgeKinds), the quotes they may fire on kept once (priced_quotes):
 * the armed alerts whose condition holds fire (disarmed, their messages put in the outbox in the
 * same statement, under a key unique to that firing and channel, the quote's JSON kept with the
 * first of them) and the disarmed ones whose condition no longer holds are armed again, each a
 * range scan of alerts_by_condition. Up to `batch` alerts a transaction: one interrupted (a
 * crash, a kill) is rolled back whole, done at the next round, never told twice.
 */
export async function evaluateAlerts(
	store: Store,
	options: EvaluateOptions
): Promise<EvaluateReport> {
	const kinds = await store.query<Kind>(
		`SELECT request_key AS key, metric, unit, request, alerts, changes = judged AS clean,
			figure::text AS figure
		 FROM alert_kinds WHERE alerts > 0`
	);
	const quotes = new Map<string, QuoteResult | null>();
	for (const k of kinds) if (!quotes.has(k.key)) quotes.set(k.key, options.price(k.request));
	const moved: KindFigure[] = [];
	for (const { key, metric, unit, clean, figure } of kinds) {
		const now = alertFigure(quotes.get(key) ?? null, metric, unit);
		if (!clean || !sameFigure(figure, now)) moved.push({ key, metric, unit, figure: now });
	}
	const { fired, rearmed } = await judgeInBatches(store, moved, quotes, options);
	await store.query('DELETE FROM alert_kinds WHERE alerts = 0');
	await deleteOldQuotes(store, options.now - KEEP_MS);
	return {
		checked: kinds.reduce((n, k) => n + k.alerts, 0),
		priced: quotes.size,
		fired,
		rearmed
	};
}

/** judgeKinds, a batch a transaction until every kind is judged, keeping each quote once. */
async function judgeInBatches(
	store: Store,
	kinds: KindFigure[],
	quotes: Map<string, QuoteResult | null>,
	options: EvaluateOptions
): Promise<{ fired: number; rearmed: number }> {
	const total = { fired: 0, rearmed: 0 };
	if (kinds.length === 0) return total;
	const at = new Date(options.now).toISOString();
	// The quotes kept by the transactions committed so far, and the request of every quote kept.
	const kept = new Map<string, number>();
	const keyOf = new Map<number, string>();
	let out;
	do {
		const made = new Map<string, number>();
		const keep: KeepQuotes = async (tx, keys) => {
			const missing = keys.filter((key) => !kept.has(key));
			const ids = await storeQuotes(
				tx,
				missing.map((key) => ({ key, quote: quotes.get(key) ?? null })),
				at
			);
			missing.forEach((key, i) => (made.set(key, ids[i]), keyOf.set(ids[i], key)));
			return (key) => kept.get(key) ?? made.get(key)!;
		};
		out = await store.transaction(async (tx) => {
			const judging = await judgeKinds(tx, kinds, at, options.batch ?? 20_000, keep);
			await keepQuoteJson(tx, judging.unwritten, (id) => quotes.get(keyOf.get(id)!)!);
			return judging;
		});
		for (const [key, id] of made) kept.set(key, id);
		total.fired += out.fired;
		total.rearmed += out.rearmed;
	} while (!out.done);
	return total;
}
