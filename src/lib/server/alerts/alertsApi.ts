import type { RequestIssue } from '../../quoting';
import { alertMessage, type AlertIssueCode, isLocale, type Locale } from '../../words';
import { issuesResponse, jsonResponse, readJsonBody } from '..';
import type { AlertsRuntime } from './alertsRuntime';
import { readAlertToken, type LinkAction } from './alertLinks';
import { confirmAlert, createAlert } from './createAlert';
import { webhookSecret } from './deliverOutbox';
import { parseAlert } from './parseAlert';
import { ALERT_COLUMNS, type StoredAlert } from './StoredAlert';

const issue = (
	code: AlertIssueCode,
	locale: Locale,
	path: (string | number)[] = [],
	p: Record<string, string> = {}
): RequestIssue => ({
	path,
	code,
	message: alertMessage(code, locale, { field: path.join('.'), ...p })
});

/** The alert a link names, or the 4xx that says why there is none. */
async function alertOf(
	rt: AlertsRuntime,
	token: string,
	action: LinkAction,
	locale: Locale
): Promise<
	| { ok: true; alert: StoredAlert & { createdAt: Date; firedAt: Date | null } }
	| { ok: false; response: Response }
> {
	const read = readAlertToken(token, action, { now: Date.now(), key: rt.key });
	if (!read.ok)
		return {
			ok: false,
			response: issuesResponse(
				[issue(read.code, locale, ['token'])],
				read.code === 'expired_link' ? 410 : 403
			)
		};
	const [alert] = await rt.store.query<StoredAlert & { createdAt: Date; firedAt: Date | null }>(
		`SELECT ${ALERT_COLUMNS}, created_at AS "createdAt", fired_at AS "firedAt" FROM alerts WHERE id = $1`,
		[read.id]
	);
	return alert
		? { ok: true, alert }
		: { ok: false, response: issuesResponse([issue('no_alert', locale, ['token'])], 404) };
}

/** What GET /api/v1/alerts/{token} shows of an alert: its own, nothing of any other. */
const view = (a: StoredAlert & { createdAt: Date; firedAt: Date | null }) => ({
	request: a.request,
	condition: a.condition,
	email: a.email,
	webhook: a.webhookUrl ? { url: a.webhookUrl } : null,
	locale: a.locale,
	status: a.status,
	waiting: a.armed,
	firings: a.firings,
	createdAt: new Date(a.createdAt).toISOString(),
	lastFiredAt: a.firedAt ? new Date(a.firedAt).toISOString() : null
});

/**
 * POST /api/v1/alerts: checks the alert (parseAlert), keeps it unconfirmed and sends the
 * confirmation: 202, with the webhook's signing secret when it has a webhook.
 */
export async function postAlert(
	request: Request,
	client: string,
	rt: AlertsRuntime
): Promise<Response> {
	const body = await readJsonBody(request);
	if (!body.ok) return body.response;
	const now = Date.now();
	const parsed = parseAlert(body.value, {
		rules: rt.rules(),
		now,
		loopbackWebhooks: rt.loopbackWebhooks
	});
	if (!parsed.ok) return issuesResponse(parsed.issues, 400);
	const locale = parsed.alert.locale;
	const made = await createAlert(rt.store, parsed.alert, { now, client });
	if (!made.ok)
		return made.code === 'rate_limited'
			? issuesResponse([issue('rate_limited', locale, [], { minutes: String(made.minutes) })], 429)
			: issuesResponse(
					[
						issue('too_many_alerts', locale, ['email'], {
							email: parsed.alert.email ?? '',
							max: String(made.max)
						})
					],
					409
				);
	void rt.deliverNow();
	return jsonResponse(
		{
			status: 'unconfirmed',
			confirmation: { email: parsed.alert.email, webhook: parsed.alert.webhookUrl },
			emailsSent: rt.sendsEmail,
			...(parsed.alert.webhookUrl ? { webhookSecret: webhookSecret(rt.key, made.id) } : {})
		},
		202
	);
}

const localeOf = (url: URL): Locale => {
	const l = url.searchParams.get('locale');
	return isLocale(l) ? l : 'en';
};

/** POST /api/v1/alerts/confirm?token=…: the confirmation link's action. */
export async function confirmByToken(url: URL, rt: AlertsRuntime): Promise<Response> {
	const found = await alertOf(rt, url.searchParams.get('token') ?? '', 'confirm', localeOf(url));
	if (!found.ok) return found.response;
	await confirmAlert(rt.store, found.alert.id, Date.now());
	void rt.evaluateNow().catch(() => {});
	return jsonResponse({
		...view(found.alert),
		status: found.alert.status === 'unconfirmed' ? 'active' : found.alert.status
	});
}

/** GET, PATCH ({"status": "paused" | "active"}) and DELETE /api/v1/alerts/{token}. */
export async function manageByToken(
	request: Request,
	token: string,
	rt: AlertsRuntime
): Promise<Response> {
	const url = new URL(request.url);
	const locale = localeOf(url);
	const found = await alertOf(rt, token, 'manage', locale);
	if (!found.ok) return found.response;
	const a = found.alert;
	if (request.method === 'DELETE') {
		await rt.store.query('DELETE FROM alerts WHERE id = $1', [a.id]);
		return new Response(null, { status: 204 });
	}
	if (request.method === 'PATCH') {
		const body = await readJsonBody(request);
		if (!body.ok) return body.response;
		const status = (body.value as { status?: unknown })?.status;
		if (status !== 'paused' && status !== 'active')
			return issuesResponse(
				[issue('invalid_type', locale, ['status'], { shape: '"paused" or "active"' })],
				400
			);
		if (a.status === 'unconfirmed')
			return issuesResponse(
				[issue('invalid_type', locale, ['status'], { shape: 'confirmed first' })],
				409
			);
		await rt.store.query('UPDATE alerts SET status = $2 WHERE id = $1', [a.id, status]);
		return jsonResponse({ ...view(a), status });
	}
	return jsonResponse(view(a));
}

/** POST /api/v1/alerts/unsubscribe?token=… (RFC 8058's one click): deletes the alert. */
export async function unsubscribe(url: URL, rt: AlertsRuntime): Promise<Response> {
	const found = await alertOf(rt, url.searchParams.get('token') ?? '', 'manage', localeOf(url));
	if (!found.ok) return found.response;
	await rt.store.query('DELETE FROM alerts WHERE id = $1', [found.alert.id]);
	return jsonResponse({ unsubscribed: true });
}
