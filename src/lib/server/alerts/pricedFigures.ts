/**
 * SQL for the figures the alerts of an evaluation are judged on, one row for each distinct
 * (request, metric, unit) of the active alerts: `$1`, JSON `[{"q": priced quote id, "m": metric,
 * "u": unit}]`. `v` is the quote's figure for that metric when the quote is allowed and counts
 * it in that unit, else NULL (no such condition holds). The condition holds for the thresholds
 * in [lo, hi]: (-∞, v] for "gets at least", [v, ∞) for "costs at most" and its percent; it does
 * not for those in (rlo, rhi), the rest (all of them when v is NULL). As conditionHolds decides,
 * compared as numeric.
 */
export const PRICED_FIGURES = `
	SELECT c.q AS quote_id, q.request_key, c.m AS metric, c.u AS unit, x.v,
		CASE WHEN c.m = 'received' THEN '-Infinity' ELSE x.v END AS lo,
		CASE WHEN c.m = 'received' THEN x.v ELSE 'Infinity' END AS hi,
		CASE WHEN c.m = 'received' THEN coalesce(x.v, '-Infinity') ELSE '-Infinity' END AS rlo,
		CASE WHEN c.m = 'received' THEN 'Infinity' ELSE coalesce(x.v, 'Infinity') END AS rhi
	FROM json_to_recordset($1::json) AS c(q bigint, m text, u text)
	JOIN priced_quotes q ON q.id = c.q
	CROSS JOIN LATERAL (SELECT CASE WHEN q.allowed THEN CASE
		WHEN c.m = 'received' AND c.u = q.received_currency THEN q.received_amount
		WHEN c.m = 'cost' AND c.u = q.cost_currency THEN q.cost_amount
		WHEN c.m = 'percent' AND c.u = '%' THEN q.cost_percent
	END END::numeric AS v) AS x`;
