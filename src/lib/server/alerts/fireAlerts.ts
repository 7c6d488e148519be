import type { Sql } from '../store';
import { PRICED_FIGURES } from './pricedFigures';

/**
 * Fires up to `limit` armed alerts whose condition holds on their figures (`figures`, the JSON
 * PRICED_FIGURES reads, of kinds the caller's transaction holds: judgeKinds), in one statement:
 * each is locked, disarmed and counted, and one message per channel is put in the outbox under
 * `<alert>:fired:<firing>:<channel>` (unique: a repeat is dropped), referencing the quote by id.
 * The lateral subquery (its row lock keeps the planner from flattening it) makes each figure one
 * range scan of alerts_by_condition. How many fired, and the quotes they fired on whose JSON is
 * not written yet (the caller writes it in the same transaction).
 */
export async function fireAlerts(
	tx: Sql,
	figures: string,
	pricedAt: string,
	limit: number
): Promise<{ fired: number; unwritten: number[] }> {
	const [row] = await tx.query<{ fired: number; unwritten: (number | string)[] }>(
		`WITH f AS (${PRICED_FIGURES}),
		 taken AS (
			SELECT a.id, f.quote_id FROM f CROSS JOIN LATERAL (
				SELECT a.id FROM alerts a
				WHERE a.request_key = f.request_key AND a.metric = f.metric AND a.unit = f.unit
					AND a.status = 'active' AND a.armed AND a.threshold BETWEEN f.lo AND f.hi
				FOR UPDATE) AS a
			WHERE f.v IS NOT NULL
			LIMIT $4),
		 fired AS (
			UPDATE alerts a SET armed = false, firings = a.firings + 1, fired_at = $2, checked_at = $2
			WHERE a.id = ANY (ARRAY(SELECT id FROM taken))
			RETURNING a.id, a.firings, a.email, a.webhook_url, a.locale, a.condition, a.request),
		 told AS (
			INSERT INTO outbox (dedupe_key, alert_id, channel, payload, priced_quote_id, next_attempt_at, created_at)
			SELECT fired.id || ':fired:' || fired.firings || ':' || c.channel, fired.id, c.channel,
				jsonb_build_object('kind', 'fired', 'alertId', fired.id, 'firing', fired.firings,
					'locale', fired.locale, 'condition', fired.condition, 'request', fired.request,
					'pricedAt', $3::text, 'to', c.address),
				taken.quote_id, $2, $2
			FROM fired JOIN taken USING (id) CROSS JOIN LATERAL (VALUES ('email', fired.email), ('webhook', fired.webhook_url))
				AS c(channel, address)
			WHERE c.address IS NOT NULL
			ON CONFLICT (dedupe_key) DO NOTHING)
		 SELECT (SELECT count(*)::int FROM fired) AS fired,
			ARRAY(SELECT DISTINCT taken.quote_id FROM fired JOIN taken USING (id)
				WHERE NOT EXISTS (SELECT 1 FROM priced_quote_bodies b WHERE b.id = taken.quote_id)) AS unwritten`,
		[figures, pricedAt, pricedAt, limit]
	);
	return { fired: row.fired, unwritten: row.unwritten.map(Number) };
}
