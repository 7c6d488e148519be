// An evaluation looks again only at the alerts whose figure changed (issue 18's refresh): each
// distinct (request, metric, unit) of the active alerts, a "kind", is kept once with how many
// active alerts it has, the figure they were last all judged on, and two counters: `changes`,
// raised whenever one of them may be out of step with that figure (confirmed, resumed, its
// condition or request edited), and `judged`, what `changes` was when they were judged. A kind
// whose `judged` = `changes` and whose figure did not move needs nothing (every alert of it is
// armed exactly when its condition does not hold). Triggers keep the kinds, so that every
// writer, and every row already there, is counted; an evaluation's own updates (armed, firings)
// list none of the columns they watch. Kinds with no active alert left are deleted by the
// evaluations.
export default `
CREATE TABLE alert_kinds (
	request_key text NOT NULL,
	metric text NOT NULL,
	unit text NOT NULL,
	request jsonb NOT NULL,
	alerts integer NOT NULL,
	changes bigint NOT NULL DEFAULT 1,
	judged bigint NOT NULL DEFAULT 0,
	figure numeric,
	PRIMARY KEY (request_key, metric, unit)
);
INSERT INTO alert_kinds (request_key, metric, unit, request, alerts)
	SELECT request_key, metric, unit, (array_agg(request))[1], count(*) FROM alerts
	WHERE status = 'active' GROUP BY request_key, metric, unit;

CREATE FUNCTION alert_kinds_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO alert_kinds AS k (request_key, metric, unit, request, alerts)
	SELECT request_key, metric, unit, (array_agg(request))[1], count(*) FROM added
	WHERE status = 'active' GROUP BY request_key, metric, unit ORDER BY 1, 2, 3
	ON CONFLICT (request_key, metric, unit)
	DO UPDATE SET alerts = k.alerts + excluded.alerts, changes = k.changes + 1;
	RETURN NULL;
END $$;
CREATE TRIGGER alerts_added AFTER INSERT ON alerts REFERENCING NEW TABLE AS added
	FOR EACH STATEMENT EXECUTE FUNCTION alert_kinds_added();

CREATE FUNCTION alert_kinds_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE alert_kinds k SET alerts = k.alerts - r.n
	FROM (SELECT request_key, metric, unit, count(*)::int AS n FROM removed
		WHERE status = 'active' GROUP BY request_key, metric, unit) AS r
	WHERE (k.request_key, k.metric, k.unit) = (r.request_key, r.metric, r.unit);
	RETURN NULL;
END $$;
CREATE TRIGGER alerts_removed AFTER DELETE ON alerts REFERENCING OLD TABLE AS removed
	FOR EACH STATEMENT EXECUTE FUNCTION alert_kinds_removed();

CREATE FUNCTION alert_kinds_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF OLD.status = 'active' THEN
		UPDATE alert_kinds SET alerts = alerts - 1
		WHERE (request_key, metric, unit) = (OLD.request_key, OLD.metric, OLD.unit);
	END IF;
	IF NEW.status = 'active' THEN
		INSERT INTO alert_kinds AS k (request_key, metric, unit, request, alerts)
		VALUES (NEW.request_key, NEW.metric, NEW.unit, NEW.request, 1)
		ON CONFLICT (request_key, metric, unit)
		DO UPDATE SET alerts = k.alerts + 1, changes = k.changes + 1;
	END IF;
	RETURN NULL;
END $$;
CREATE TRIGGER alerts_changed AFTER UPDATE OF status, condition, request_key ON alerts
	FOR EACH ROW WHEN ((OLD.status = 'active' OR NEW.status = 'active')
		AND (OLD.status, OLD.condition, OLD.request_key)
			IS DISTINCT FROM (NEW.status, NEW.condition, NEW.request_key))
	EXECUTE FUNCTION alert_kinds_changed();
`;
