import { createHmac } from 'node:crypto';
import type { QuoteResult } from '../../engine';
import type { QuoteRequest } from '../../quoting';
import type { Rules } from '../../schedules';
import type { Locale } from '../../words';
import type { Store } from '../store';
import { confirmEmail, firedEmail } from './alertEmail';
import { alertToken } from './alertLinks';
import type { AlertCondition } from './conditionHolds';
import type { Mailer } from './mailers';

/**
 * What the outbox holds for one message (evaluateAlerts and createAlert write it); a firing's
 * quote is the priced quote its row refers to (priced_quote_id), joined back when it is sent.
 */
export interface OutboxPayload {
	kind: 'confirm' | 'fired';
	alertId: string;
	to: string;
	locale: Locale;
	condition: AlertCondition;
	request: QuoteRequest;
	firing?: number;
	pricedAt?: string;
	quote?: QuoteResult;
}

export interface DeliverOptions {
	now: number;
	rules: Rules;
	/** The app's public origin, for the links: FEECALC_PUBLIC_URL. */
	origin: string;
	/** The key that signs links and webhooks (alertKey). */
	key: Uint8Array;
	mailer: Mailer;
	/** POSTs a webhook; resolves to its HTTP status. Default: fetch, 10 s at most. */
	post?: (url: string, body: string, headers: Record<string, string>) => Promise<number>;
	/** Messages taken at a time. */
	limit?: number;
}

export interface DeliverReport {
	sent: number;
	retried: number;
	givenUp: number;
}

const DAY = 86_400_000;
/** How long a taken message is another instance's to leave alone (a crash frees it then). */
const LEASE_MS = 5 * 60_000;
/** After the nth failure: 30 s, 1, 2, 4 … minutes, at most an hour. */
export const backoff = (attempts: number) => Math.min(3_600_000, 30_000 * 2 ** (attempts - 1));

/** The secret a webhook's signature is made with: one per alert, given when it is made. */
export const webhookSecret = (key: Uint8Array, alertId: string) =>
	createHmac('sha256', key).update(`webhook:${alertId}`).digest('base64url');

const defaultPost = async (url: string, body: string, headers: Record<string, string>) =>
	(
		await fetch(url, {
			method: 'POST',
			body,
			headers,
			signal: AbortSignal.timeout(10_000),
			redirect: 'manual'
		})
	).status;

/** The calculator's address for a request: its fields as the query the page reads. */
function calculatorUrl(origin: string, request: QuoteRequest, locale: Locale): string {
	const q = new URLSearchParams();
	for (const [k, v] of Object.entries(request))
		if (v !== undefined && v !== null) q.set(k, String(v));
	q.set('locale', locale);
	return `${origin}/?${q}`;
}

/**
 * Sends what the outbox holds and is due: each message is taken under a lease (FOR UPDATE SKIP
 * LOCKED, so instances never take the same one), sent, and marked sent; a failure is tried again
 * after a back-off, and given up a day after it was written, with the reason kept. A crash after
 * sending and before marking leaves the message to be sent again when its lease ends: a
 * receiver knows it by its id (Message-ID, Feecalc-Delivery), the same both times.
 */
export async function deliverOutbox(store: Store, options: DeliverOptions): Promise<DeliverReport> {
	const report: DeliverReport = { sent: 0, retried: 0, givenUp: 0 };
	const now = new Date(options.now).toISOString();
	const taken = await store.query<{
		id: number;
		dedupe_key: string;
		channel: 'email' | 'webhook';
		payload: OutboxPayload;
		quote: QuoteResult | null;
		created_at: Date;
		attempts: number;
	}>(
		`WITH taken AS (
			UPDATE outbox SET locked_until = $2, attempts = attempts + 1
			WHERE id IN (SELECT id FROM outbox
				WHERE sent_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= $1
				AND (locked_until IS NULL OR locked_until <= $1)
				ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
			RETURNING id, dedupe_key, channel, payload, priced_quote_id, created_at, attempts)
		 SELECT taken.id, dedupe_key, channel, payload, b.quote::jsonb AS quote, created_at, attempts
		 FROM taken LEFT JOIN priced_quote_bodies b ON b.id = taken.priced_quote_id ORDER BY taken.id`,
		[now, new Date(options.now + LEASE_MS).toISOString(), options.limit ?? 50]
	);
	for (const m of taken) {
		try {
			// A firing's quote is kept once for every alert on its request (priced_quotes); messages
			// written before it was are whole.
			const payload = m.quote === null ? m.payload : { ...m.payload, quote: m.quote };
			await send(m.channel, payload, m.dedupe_key, options);
			await store.query(
				'UPDATE outbox SET sent_at = $2, locked_until = NULL, last_error = NULL WHERE id = $1',
				[m.id, now]
			);
			report.sent++;
		} catch (e) {
			const reason = e instanceof Error ? e.message : String(e);
			const old = options.now - new Date(m.created_at).getTime() >= DAY;
			await store.query(
				`UPDATE outbox SET locked_until = NULL, last_error = $2, next_attempt_at = $3, given_up_at = $4 WHERE id = $1`,
				[
					m.id,
					reason.slice(0, 500),
					new Date(options.now + backoff(m.attempts)).toISOString(),
					old ? now : null
				]
			);
			if (old) report.givenUp++;
			else report.retried++;
		}
	}
	return report;
}

async function send(
	channel: 'email' | 'webhook',
	p: OutboxPayload,
	id: string,
	o: DeliverOptions
): Promise<void> {
	const manage = `${o.origin}/alerts/manage?token=${alertToken(p.alertId, 'manage', o.now, o.key)}`;
	const unsubscribe = `${o.origin}/api/v1/alerts/unsubscribe?token=${alertToken(p.alertId, 'manage', o.now, o.key)}`;
	const confirm = `${o.origin}/alerts/confirm?token=${alertToken(p.alertId, 'confirm', o.now, o.key)}`;
	const calculator = calculatorUrl(o.origin, p.request, p.locale);
	if (channel === 'email') {
		const links = { manage, confirm, calculator };
		const mail =
			p.kind === 'confirm'
				? confirmEmail(p, { rules: o.rules, links })
				: firedEmail(p, { quote: p.quote!, pricedAt: p.pricedAt! }, { rules: o.rules, links });
		await o.mailer.send({
			to: p.to,
			...mail,
			messageId: `<${id.replace(/:/g, '.')}@feecalc>`,
			headers: {
				'List-Unsubscribe': `<${unsubscribe}>`,
				'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
			}
		});
		return;
	}
	const body = JSON.stringify({
		event: p.kind === 'confirm' ? 'alert.confirm' : 'alert.fired',
		alertId: p.alertId,
		condition: p.condition,
		request: p.request,
		...(p.kind === 'confirm' ? { confirm } : { pricedAt: p.pricedAt, quote: p.quote, calculator }),
		manage
	});
	const signature = createHmac('sha256', webhookSecret(o.key, p.alertId))
		.update(body)
		.digest('hex');
	const status = await (o.post ?? defaultPost)(p.to, body, {
		'content-type': 'application/json',
		'feecalc-delivery': id,
		'feecalc-signature': `sha256=${signature}`
	});
	if (status < 200 || status >= 300) throw new Error(`the webhook answered ${status}`);
}
