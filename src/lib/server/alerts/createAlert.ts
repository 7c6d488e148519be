import { randomBytes } from 'node:crypto';
import type { Store } from '../store';
import type { NewAlert } from './parseAlert';

export interface CreateOptions {
	now: number;
	/** Who asks (an address): at most `perHour` alerts an hour from one client. */
	client: string;
	perHour?: number;
	/** Active and unconfirmed alerts one email address may have. */
	maxPerEmail?: number;
}

export type CreateOutcome =
	| { ok: true; id: string }
	| { ok: false; code: 'too_many_alerts'; max: number }
	| { ok: false; code: 'rate_limited'; minutes: number };

export const MAX_PER_EMAIL = 10;
export const PER_HOUR = 20;
const HOUR = 3_600_000;

/**
 * Keeps a new alert, unconfirmed, with its confirmation message in the outbox, in one
 * transaction; refused when the client made `perHour` alerts this hour or the address has
 * `maxPerEmail`. Its id is random and unguessable (it is in no link unsigned).
 */
export async function createAlert(
	store: Store,
	alert: NewAlert,
	options: CreateOptions
): Promise<CreateOutcome> {
	const max = options.maxPerEmail ?? MAX_PER_EMAIL;
	const perHour = options.perHour ?? PER_HOUR;
	const at = new Date(options.now).toISOString();
	const window = new Date(options.now - (options.now % HOUR)).toISOString();
	return store.transaction(async (tx) => {
		const [count] = await tx.query<{ count: number }>(
			`INSERT INTO alert_creations (client, window_start, count) VALUES ($1, $2, 1)
			 ON CONFLICT (client, window_start) DO UPDATE SET count = alert_creations.count + 1
			 RETURNING count`,
			[options.client, window]
		);
		if (count.count > perHour) {
			const minutes = Math.ceil((HOUR - (options.now % HOUR)) / 60_000);
			return { ok: false as const, code: 'rate_limited' as const, minutes };
		}
		if (alert.email !== null) {
			// Serialise the count per address: two requests at once cannot both pass it.
			await tx.query('SELECT pg_advisory_xact_lock(hashtext(lower($1)))', [alert.email]);
			const [held] = await tx.query<{ n: number }>(
				`SELECT count(*)::int AS n FROM alerts WHERE lower(email) = lower($1) AND status <> 'paused'`,
				[alert.email]
			);
			if (held.n >= max) return { ok: false as const, code: 'too_many_alerts' as const, max };
		}
		const id = randomBytes(16).toString('base64url');
		await tx.query(
			`INSERT INTO alerts (id, request, request_key, condition, email, webhook_url, locale, status, created_at)
			 VALUES ($1, $2::jsonb, $3, $4::jsonb, $5, $6, $7, 'unconfirmed', $8)`,
			[
				id,
				JSON.stringify(alert.request),
				alert.requestKey,
				JSON.stringify(alert.condition),
				alert.email,
				alert.webhookUrl,
				alert.locale,
				at
			]
		);
		const payload = {
			kind: 'confirm',
			alertId: id,
			locale: alert.locale,
			condition: alert.condition,
			request: alert.request
		};
		for (const [channel, to] of [
			['email', alert.email],
			['webhook', alert.webhookUrl]
		] as const)
			if (to !== null)
				await tx.query(
					`INSERT INTO outbox (dedupe_key, alert_id, channel, payload, next_attempt_at, created_at)
					 VALUES ($1, $2, $3, $4::jsonb, $5, $5)`,
					[`${id}:confirm:${channel}`, id, channel, JSON.stringify({ ...payload, to }), at]
				);
		return { ok: true as const, id };
	});
}

/** Makes an unconfirmed alert active; false when there is no such alert. */
export async function confirmAlert(store: Store, id: string, now: number): Promise<boolean> {
	const rows = await store.query(
		`UPDATE alerts SET status = CASE WHEN status = 'unconfirmed' THEN 'active' ELSE status END,
		 confirmed_at = coalesce(confirmed_at, $2) WHERE id = $1 RETURNING id`,
		[id, new Date(now).toISOString()]
	);
	return rows.length === 1;
}

/** Deletes the alerts left unconfirmed for 48 hours; how many. */
export async function deleteUnconfirmed(store: Store, now: number): Promise<number> {
	const rows = await store.query(
		`DELETE FROM alerts WHERE status = 'unconfirmed' AND created_at < $1 RETURNING id`,
		[new Date(now - 48 * HOUR).toISOString()]
	);
	return rows.length;
}
