// An evaluation's own writes to an alert (armed, firings, fired_at, checked_at) touch no indexed
// column, so that PostgreSQL can write each as a heap-only tuple (HOT): the new version on the
// same page, no entry added to any of the table's five indexes, less for vacuum to clear. For
// that, `armed` leaves the index the evaluations scan (its range scans read armed at the row:
// judgeKinds bounds them by the figure the kind was last judged on, between which and the new
// one lie only the alerts that change, so nothing is read in vain), and the table's new pages
// keep a tenth free for the new versions.
export default `
CREATE INDEX alerts_by_threshold ON alerts (request_key, metric, unit, threshold)
	WHERE status = 'active';
DROP INDEX alerts_by_condition;
ALTER TABLE alerts SET (fillfactor = 90);
`;
