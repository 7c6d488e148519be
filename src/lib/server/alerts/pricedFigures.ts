/**
 * SQL for the figures the alerts of an evaluation are judged on, one row for each kind judged:
 * `$1`, JSON `[{"q": priced quote id, "k": request key, "m": metric, "u": unit, "v": figure}]`,
 * `v` as alertFigure gives it (null: no such condition holds). The condition holds for the
 * thresholds in [lo, hi]: (-∞, v] for "gets at least", [v, ∞) for "costs at most" and its
 * percent; it does not for those in (rlo, rhi), the rest (all of them when v is null). As
 * conditionHolds decides, compared as numeric.
 */
export const PRICED_FIGURES = `
	SELECT c.q AS quote_id, c.k AS request_key, c.m AS metric, c.u AS unit, c.v,
		CASE WHEN c.m = 'received' THEN '-Infinity' ELSE c.v END AS lo,
		CASE WHEN c.m = 'received' THEN c.v ELSE 'Infinity' END AS hi,
		CASE WHEN c.m = 'received' THEN coalesce(c.v, '-Infinity') ELSE '-Infinity' END AS rlo,
		CASE WHEN c.m = 'received' THEN 'Infinity' ELSE coalesce(c.v, 'Infinity') END AS rhi
	FROM json_to_recordset($1::json) AS c(q bigint, k text, m text, u text, v numeric)`;
