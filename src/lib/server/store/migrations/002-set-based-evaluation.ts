// Evaluation done in SQL (issue 18's figure): each alert's condition as typed columns, derived
// from its condition jsonb by the database itself (so that every writer, and every row already
// there, has them), under an index where "armed alerts on this request whose condition now
// holds" and "disarmed ones whose condition no longer holds" are range scans, and whose distinct
// (request, metric, unit) an evaluation reads by a skip scan (it replaces the index of
// requests: one index fewer to write at every firing); each priced quote
// kept once, with its figures as numbers, and referenced from the outbox instead of embedded
// (its JSON, `quote`, is written with the first message that refers to it: most quotes of an
// evaluation tell nobody, and parsing 1,000 quotes of 2 KB as jsonb would cost more than pricing
// them; it is read back as jsonb, the same bytes the messages had when they embedded it).
// `unit` is the condition's currency, or '%' for a percent: never NULL, so that it takes part
// in the index's equality. Needs PostgreSQL 14 or later (numeric 'Infinity').
export default `
ALTER TABLE alerts
	ADD COLUMN metric text NOT NULL GENERATED ALWAYS AS (
		CASE
			WHEN condition ? 'recipientGetsAtLeast' THEN 'received'
			WHEN condition ? 'totalCostAtMost' THEN 'cost'
			ELSE 'percent'
		END) STORED,
	ADD COLUMN threshold numeric NOT NULL GENERATED ALWAYS AS (
		coalesce(
			condition -> 'recipientGetsAtLeast' ->> 'amount',
			condition -> 'totalCostAtMost' ->> 'amount',
			condition ->> 'totalCostPercentAtMost')::numeric) STORED,
	ADD COLUMN unit text NOT NULL GENERATED ALWAYS AS (
		coalesce(
			condition -> 'recipientGetsAtLeast' ->> 'currency',
			condition -> 'totalCostAtMost' ->> 'currency',
			'%')) STORED;
CREATE INDEX alerts_by_condition ON alerts (request_key, metric, unit, armed, threshold)
	WHERE status = 'active';
DROP INDEX alerts_active_by_request;
-- Small, for counting the active alerts (an index-only scan, not a read of the table); on
-- status, not armed: an index on armed would tempt the planner into scanning every disarmed
-- alert for each figure when its statistics still say there are none.
CREATE INDEX alerts_active ON alerts (status) WHERE status = 'active';

CREATE TABLE priced_quotes (
	id bigserial PRIMARY KEY,
	request_key text NOT NULL,
	priced_at timestamptz NOT NULL,
	allowed boolean NOT NULL,
	received_amount numeric,
	received_currency text,
	cost_amount numeric,
	cost_currency text,
	cost_percent numeric
);
CREATE INDEX priced_quotes_by_request ON priced_quotes (request_key, id);
CREATE TABLE priced_quote_bodies (
	id bigint PRIMARY KEY REFERENCES priced_quotes (id) ON DELETE CASCADE,
	quote json NOT NULL
);

ALTER TABLE outbox ADD COLUMN priced_quote_id bigint REFERENCES priced_quotes (id);
CREATE INDEX outbox_by_priced_quote ON outbox (priced_quote_id) WHERE priced_quote_id IS NOT NULL;
`;
