import { Dec } from '../../engine';
import type { Sql } from '../store';
import type { AlertMetric } from './alertFigure';
import { fireAlerts } from './fireAlerts';
import { rearmAlerts } from './rearmAlerts';

/** One kind of alert (request, metric, unit) with its figure now. */
export interface KindFigure {
	key: string;
	metric: AlertMetric;
	unit: string;
	/** alertFigure of the request's quote now; null: no condition of the kind holds. */
	figure: string | null;
}

/** Keeps the quotes of the requests `keys` in the transaction (when not kept yet): their ids. */
export type KeepQuotes = (tx: Sql, keys: string[]) => Promise<(key: string) => number>;

export interface Judged {
	fired: number;
	rearmed: number;
	/** Quotes fired on whose JSON is not written yet: the caller writes it before committing. */
	unwritten: number[];
	/** False when `limit` was reached: call again, in a new transaction, for the rest. */
	done: boolean;
}

/** Whether two figures are the same number (or both none); the same digits, most often. */
export const sameFigure = (a: string | null, b: string | null) =>
	a === b || (a !== null && b !== null && new Dec(a).eq(b));

/** Whether some alert of a kind may hold on `now` and not on `was` (or `was` is unknown). */
function mayFire(metric: AlertMetric, was: string | null | undefined, now: string | null) {
	if (now === null) return false;
	if (was === undefined || was === null) return true;
	return metric === 'received' ? new Dec(now).gt(was) : new Dec(now).lt(was);
}

/**
 * Judges the kinds given, in the caller's transaction: takes their rows of alert_kinds (FOR
 * UPDATE, in key order, so that instances evaluating at once wait for each other, never
 * deadlock, and find each kind judged by the first), fires and arms again what their figures
 * say, each figure's range scans only in the direction it moved when the kind's alerts were all
 * judged on its last figure (`judged` = `changes`), then records the figure: its alerts are all
 * judged on it. Writers that may put an alert out of step raise `changes` in the same row, so
 * what they do after this is judged by the next evaluation. Up to `limit` alerts changed: when
 * it is reached, nothing is recorded and `done` is false. Only the requests of kinds that may
 * fire have their quote kept (`keep`): arming again needs none.
 */
export async function judgeKinds(
	tx: Sql,
	kinds: readonly KindFigure[],
	at: string,
	limit: number,
	keep: KeepQuotes
): Promise<Judged> {
	const kindOf = (k: { key: string; metric: string; unit: string }) =>
		JSON.stringify([k.key, k.metric, k.unit]);
	const given = new Map(kinds.map((k) => [kindOf(k), k]));
	const locked = await tx.query<{
		key: string;
		metric: AlertMetric;
		unit: string;
		clean: boolean;
		figure: string | null;
	}>(
		`SELECT a.request_key AS key, a.metric, a.unit, a.changes = a.judged AS clean,
			a.figure::text AS figure
		 FROM alert_kinds a JOIN json_to_recordset($1::json) AS c(k text, m text, u text)
			ON (a.request_key, a.metric, a.unit) = (c.k, c.m, c.u)
		 ORDER BY a.request_key, a.metric, a.unit FOR UPDATE OF a`,
		[JSON.stringify(kinds.map((k) => ({ k: k.key, m: k.metric, u: k.unit })))]
	);
	const fire: KindFigure[] = [];
	const rearm: KindFigure[] = [];
	const record: KindFigure[] = [];
	for (const row of locked) {
		const k = given.get(kindOf(row))!;
		if (row.clean && sameFigure(row.figure, k.figure)) continue;
		const was = row.clean ? row.figure : undefined;
		if (mayFire(k.metric, was, k.figure)) fire.push(k);
		if (was === undefined || mayFire(k.metric, k.figure, was)) rearm.push(k);
		record.push(k);
	}
	const idOf = await keep(tx, [...new Set(fire.map((k) => k.key))]);
	const figures = (ks: KindFigure[], withQuote = false) =>
		JSON.stringify(
			ks.map((k) => ({
				q: withQuote ? idOf(k.key) : null,
				k: k.key,
				m: k.metric,
				u: k.unit,
				v: k.figure
			}))
		);
	const out: Judged = { fired: 0, rearmed: 0, unwritten: [], done: false };
	if (fire.length > 0) {
		({ fired: out.fired, unwritten: out.unwritten } = await fireAlerts(
			tx,
			figures(fire, true),
			at,
			limit
		));
		if (out.fired === limit) return out;
	}
	if (rearm.length > 0) {
		out.rearmed = await rearmAlerts(tx, figures(rearm), at, limit - out.fired);
		if (out.fired + out.rearmed === limit) return out;
	}
	if (record.length > 0)
		await tx.query(
			`UPDATE alert_kinds a SET figure = c.v, judged = a.changes
			 FROM json_to_recordset($1::json) AS c(k text, m text, u text, v numeric)
			 WHERE (a.request_key, a.metric, a.unit) = (c.k, c.m, c.u)`,
			[figures(record)]
		);
	out.done = true;
	return out;
}
