/**
 * SQL for the figures the alerts of an evaluation are judged on, one row for each kind judged:
 * `$1`, JSON `[{"q": priced quote id, "k": request key, "m": metric, "u": unit, "v": figure,
 * "w": the figure its alerts were all judged on}]`, `v` as alertFigure gives it (null: no such
 * condition holds), `w` null when that is not known (an alert of the kind changed since) or none
 * held. The condition holds for the thresholds in [lo, hi] but `w`: (w, v] for "gets at least",
 * [v, w) for "costs at most" and its percent, where nothing held on `w` (every alert there is
 * armed, unless an earlier batch of this evaluation fired it); (-∞, v] and [v, ∞) when `w` is
 * null. It no longer holds for those in [rlo, rhi] but `v`: (v, w] and [w, v), the thresholds
 * that held on `w` (disarmed), or (v, ∞) and (-∞, v) (all of them when v is null). As
 * conditionHolds decides, compared as numeric; each a range scan of alerts_by_threshold.
 */
export const PRICED_FIGURES = `
	SELECT c.q AS quote_id, c.k AS request_key, c.m AS metric, c.u AS unit, c.v, c.w,
		CASE WHEN c.m = 'received' THEN coalesce(c.w, '-Infinity') ELSE c.v END AS lo,
		CASE WHEN c.m = 'received' THEN c.v ELSE coalesce(c.w, 'Infinity') END AS hi,
		CASE WHEN c.m = 'received' THEN coalesce(c.v, '-Infinity') ELSE coalesce(c.w, '-Infinity') END AS rlo,
		CASE WHEN c.m = 'received' THEN coalesce(c.w, 'Infinity') ELSE coalesce(c.v, 'Infinity') END AS rhi
	FROM json_to_recordset($1::json) AS c(q bigint, k text, m text, u text, v numeric, w numeric)`;
