import type { RequestIssue } from '../../quoting';
import { alertMessage, type AlertIssueCode, isLocale, type Locale } from '../../words';
import { type AlertCreated, type AlertView, issuesResponse, jsonResponse, readJsonBody } from '..';
import type { AlertsRuntime } from './alertsRuntime';
import type { LinkAction } from './alertLinks';
import { changeAlert, findAlert, type FindCode, type FoundAlert } from './findAlert';
import { confirmAlert, createAlert } from './createAlert';
import { webhookSecret } from './deliverOutbox';
import { parseAlert } from './parseAlert';

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

const STATUS: Record<FindCode, number> = { invalid_link: 403, expired_link: 410, no_alert: 404 };

/** The alert a link names, or the 4xx that says why there is none. */
async function alertOf(
	rt: AlertsRuntime,
	token: string,
	action: LinkAction,
	locale: Locale
): Promise<{ ok: true; alert: FoundAlert } | { ok: false; response: Response }> {
	const found = await findAlert(rt, token, action);
	return found.ok
		? found
		: {
				ok: false,
				response: issuesResponse([issue(found.code, locale, ['token'])], STATUS[found.code])
			};
}

/** What GET /api/v1/alerts/{token} shows of an alert: its own, nothing of any other. */
export const alertView = (a: FoundAlert): AlertView => ({
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

/** What making an alert came to: kept and its confirmation sent, or the 4xx and its issues. */
export type MakeOutcome =
	| { ok: true; email: string | null; webhook: string | null; webhookSecret?: string }
	| { ok: false; status: 400 | 409 | 429; issues: RequestIssue[] };

/**
 * Makes an alert as POST /api/v1/alerts and the calculator's form both do: checks it
 * (parseAlert), keeps it unconfirmed and sends the confirmation; nothing is kept when it is
 * refused.
 */
export async function makeAlert(
	rt: AlertsRuntime,
	body: unknown,
	client: string
): Promise<MakeOutcome> {
	const now = Date.now();
	const parsed = parseAlert(body, {
		rules: rt.rules(),
		now,
		loopbackWebhooks: rt.loopbackWebhooks
	});
	if (!parsed.ok) return { ok: false, status: 400, issues: parsed.issues };
	const { alert } = parsed;
	const made = await createAlert(rt.store, alert, { now, client });
	if (!made.ok)
		return made.code === 'rate_limited'
			? {
					ok: false,
					status: 429,
					issues: [issue('rate_limited', alert.locale, [], { minutes: String(made.minutes) })]
				}
			: {
					ok: false,
					status: 409,
					issues: [
						issue('too_many_alerts', alert.locale, ['email'], {
							email: alert.email ?? '',
							max: String(made.max)
						})
					]
				};
	void rt.deliverNow();
	return {
		ok: true,
		email: alert.email,
		webhook: alert.webhookUrl,
		...(alert.webhookUrl ? { webhookSecret: webhookSecret(rt.key, made.id) } : {})
	};
}

/** POST /api/v1/alerts: 202 with where the confirmation went (and the webhook's secret). */
export async function postAlert(
	request: Request,
	client: string,
	rt: AlertsRuntime
): Promise<Response> {
	const body = await readJsonBody(request);
	if (!body.ok) return body.response;
	const out = await makeAlert(rt, body.value, client);
	if (!out.ok) return issuesResponse(out.issues, out.status);
	const created: AlertCreated = {
		status: 'unconfirmed',
		confirmation: { email: out.email, webhook: out.webhook },
		emailsSent: rt.sendsEmail,
		...(out.webhookSecret ? { webhookSecret: out.webhookSecret } : {})
	};
	return jsonResponse(created, 202);
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
	const view: AlertView = {
		...alertView(found.alert),
		status: found.alert.status === 'unconfirmed' ? 'active' : found.alert.status
	};
	return jsonResponse(view);
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
		await changeAlert(rt, a, 'delete');
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
		await changeAlert(rt, a, status === 'paused' ? 'pause' : 'resume');
		const view: AlertView = { ...alertView(a), status };
		return jsonResponse(view);
	}
	return jsonResponse(alertView(a));
}

/** POST /api/v1/alerts/unsubscribe?token=… (RFC 8058's one click): deletes the alert. */
export async function unsubscribe(url: URL, rt: AlertsRuntime): Promise<Response> {
	const found = await alertOf(rt, url.searchParams.get('token') ?? '', 'manage', localeOf(url));
	if (!found.ok) return found.response;
	await changeAlert(rt, found.alert, 'delete');
	return jsonResponse({ unsubscribed: true });
}
