// Alerts on what a recipient really gets (issue 18): the alerts, what is to be sent about them
// (an outbox, written in the same transaction as the state it reports), the counts that limit
// how fast one client may create them, and the key that signs their links when FEECALC_SECRET
// is not set (so that every instance, and every restart, signs with the same one).
export default `
CREATE TABLE alerts (
	id text PRIMARY KEY,
	request jsonb NOT NULL,
	request_key text NOT NULL,
	condition jsonb NOT NULL,
	email text,
	webhook_url text,
	locale text NOT NULL,
	status text NOT NULL CHECK (status IN ('unconfirmed', 'active', 'paused')),
	armed boolean NOT NULL DEFAULT true,
	firings integer NOT NULL DEFAULT 0,
	created_at timestamptz NOT NULL,
	confirmed_at timestamptz,
	checked_at timestamptz,
	fired_at timestamptz,
	CHECK (email IS NOT NULL OR webhook_url IS NOT NULL)
);
CREATE INDEX alerts_active_by_request ON alerts (request_key) WHERE status = 'active';
CREATE INDEX alerts_by_email ON alerts (lower(email)) WHERE email IS NOT NULL;
CREATE INDEX alerts_unconfirmed ON alerts (created_at) WHERE status = 'unconfirmed';

CREATE TABLE outbox (
	id bigserial PRIMARY KEY,
	dedupe_key text NOT NULL UNIQUE,
	alert_id text REFERENCES alerts (id) ON DELETE CASCADE,
	channel text NOT NULL CHECK (channel IN ('email', 'webhook')),
	payload jsonb NOT NULL,
	attempts integer NOT NULL DEFAULT 0,
	next_attempt_at timestamptz NOT NULL,
	locked_until timestamptz,
	sent_at timestamptz,
	given_up_at timestamptz,
	last_error text,
	created_at timestamptz NOT NULL
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL AND given_up_at IS NULL;

CREATE TABLE feecalc_secrets (
	name text PRIMARY KEY,
	value text NOT NULL
);

CREATE TABLE alert_creations (
	client text NOT NULL,
	window_start timestamptz NOT NULL,
	count integer NOT NULL,
	PRIMARY KEY (client, window_start)
);
`;
