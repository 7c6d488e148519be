import type { Sql } from '../store';
import { PRICED_FIGURES } from './pricedFigures';

/**
 * Arms again up to `limit` disarmed alerts whose condition no longer holds on their figures
 * (`figures`, the JSON PRICED_FIGURES reads), one range scan of alerts_by_condition a figure, in
 * one statement of the caller's transaction, locked as fireAlerts locks them. How many.
 */
export async function rearmAlerts(
	tx: Sql,
	figures: string,
	at: string,
	limit: number
): Promise<number> {
	const [{ n }] = await tx.query<{ n: number }>(
		`WITH f AS (${PRICED_FIGURES}),
		 taken AS (
			SELECT a.id FROM f CROSS JOIN LATERAL (
				SELECT a.id FROM alerts a
				WHERE a.request_key = f.request_key AND a.metric = f.metric AND a.unit = f.unit
					AND a.status = 'active' AND NOT a.armed AND a.threshold > f.rlo AND a.threshold < f.rhi
				FOR UPDATE) AS a
			LIMIT $3),
		 rearmed AS (
			UPDATE alerts a SET armed = true, checked_at = $2
			WHERE a.id = ANY (ARRAY(SELECT id FROM taken))
			RETURNING 1)
		 SELECT count(*)::int AS n FROM rearmed`,
		[figures, at, limit]
	);
	return n;
}
