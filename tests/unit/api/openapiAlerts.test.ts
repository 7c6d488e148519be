import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { API_COMPONENTS, alertRequestSchema, openApiDocument } from '$lib/server/api';
import {
	alertToken,
	confirmByToken,
	manageByToken,
	parseAlert,
	postAlert,
	startAlerts,
	unsubscribe,
	type AlertsRuntime
} from '$lib/server/alerts';
import * as alertsRoute from '../../../src/routes/api/v1/alerts/+server';
import * as confirmRoute from '../../../src/routes/api/v1/alerts/confirm/+server';
import * as tokenRoute from '../../../src/routes/api/v1/alerts/[token]/+server';
import * as unsubscribeRoute from '../../../src/routes/api/v1/alerts/unsubscribe/+server';
import { ALERT_BODY as BODY, ALERT_REQUEST as REQUEST } from '../../_lib/alertBody';

type Json = Record<string, unknown>;
type Operation = { responses: Record<string, { content?: Record<string, { schema: Json }> }> };

const doc = openApiDocument() as { paths: Record<string, Record<string, Operation>> };
const ORIGIN = 'https://fees.example';
const ROUTES: Record<string, Record<string, unknown>> = {
	'/api/v1/alerts': alertsRoute,
	'/api/v1/alerts/confirm': confirmRoute,
	'/api/v1/alerts/unsubscribe': unsubscribeRoute,
	'/api/v1/alerts/{token}': tokenRoute
};

/**
 * Holds one answer to the description: its status is one the operation promises, and its body
 * is what that status's schema (a component) accepts, or none when it promises none.
 */
async function holds(path: string, method: string, res: Response): Promise<Json | null> {
	const op = doc.paths[path]?.[method];
	expect(op, `${method} ${path}`).toBeDefined();
	const promised = op.responses[String(res.status)];
	expect(promised, `${method} ${path} answers ${res.status}`).toBeDefined();
	const text = await res.text();
	const ref = promised.content?.['application/json'].schema.$ref as string | undefined;
	if (!ref) {
		expect(text, `${method} ${path} ${res.status} has no body`).toBe('');
		return null;
	}
	const schema = API_COMPONENTS[ref.replace('#/components/schemas/', '')] as z.ZodType;
	const body = JSON.parse(text);
	const parsed = schema.safeParse(body);
	expect(parsed.success, `${method} ${path} ${res.status}: ${JSON.stringify(parsed.error)}`).toBe(
		true
	);
	return body;
}

const json = (method: string, url: string, body: unknown, type = 'application/json') =>
	new Request(url, {
		method,
		headers: { 'content-type': type },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
const create = (body: unknown, type?: string) =>
	json('POST', `${ORIGIN}/api/v1/alerts`, body, type);

let rt: AlertsRuntime;
let dir: string;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'feecalc-openapi-alerts-'));
	rt = await startAlerts(
		{
			FEECALC_DATA: dir,
			FEECALC_PUBLIC_URL: ORIGIN,
			FEECALC_SECRET: 'a test secret of thirty-two bytes!!',
			FEECALC_WEBHOOK_LOOPBACK: '1'
		},
		() => {}
	);
}, 60_000);
afterAll(async () => {
	await rt?.stop();
	rmSync(dir, { recursive: true, force: true });
});

const idOf = async (email: string) =>
	(await rt.store.query<{ id: string }>('SELECT id FROM alerts WHERE email = $1', [email]))[0].id;

describe('the OpenAPI description of the alert endpoints', () => {
	it('describes each method the alert routes answer, and no other', () => {
		for (const [path, route] of Object.entries(ROUTES)) {
			const described = Object.keys(doc.paths[path]).sort();
			const exported = Object.keys(route)
				.filter((k) => /^[A-Z]+$/.test(k))
				.map((k) => k.toLowerCase())
				.sort();
			expect(described, path).toEqual(exported);
		}
	});

	it('takes the bodies parseAlert takes, and refuses those it refuses', () => {
		const rules = rt.rules();
		const now = Date.now();
		const table: [unknown, boolean][] = [
			[BODY, true],
			[{ ...BODY, email: undefined, webhook: { url: 'https://hooks.example/x' } }, true],
			[
				{ ...BODY, condition: { recipientGetsAtLeast: { amount: '8800.00', currency: 'MXN' } } },
				true
			],
			[{ ...BODY, condition: { totalCostAtMost: { amount: '12.50', currency: 'USD' } } }, true],
			[{ ...BODY, condition: { totalCostPercentAtMost: '2.50' } }, true],
			[{ ...BODY, locale: 'zh-CN' }, true],
			[{ ...BODY, extra: 1 }, false],
			[{ ...BODY, condition: { totalCostPercentAtMost: '2.555' } }, false],
			[{ ...BODY, condition: { totalCostPercentAtMost: '101' } }, false],
			[{ ...BODY, condition: { totalCostAtMost: { amount: '1e3', currency: 'USD' } } }, false],
			[{ ...BODY, condition: {} }, false],
			[{ ...BODY, request: { ...REQUEST, at: '2026-11-22T10:00:00Z' } }, false],
			[{ ...BODY, locale: 'fr' }, false],
			[{ ...BODY, webhook: { url: 'https://hooks.example/x', secret: 's' } }, false]
		];
		for (const [body, ok] of table) {
			const clean = JSON.parse(JSON.stringify(body));
			expect(alertRequestSchema.safeParse(clean).success, JSON.stringify(clean)).toBe(ok);
			expect(parseAlert(clean, { rules, now }).ok, JSON.stringify(clean)).toBe(ok);
		}
	});

	it('promises every answer of POST /api/v1/alerts: 202, 400, 409, 413, 415, 429', async () => {
		const path = '/api/v1/alerts';
		const made = await holds(path, 'post', await postAlert(create(BODY), '192.0.2.1', rt));
		expect(made).toEqual({
			status: 'unconfirmed',
			confirmation: { email: 'ana@example.com', webhook: null },
			emailsSent: false
		});
		const hook = { ...BODY, email: undefined, webhook: { url: 'http://127.0.0.1:9/hook' } };
		const hooked = await holds(path, 'post', await postAlert(create(hook), '192.0.2.2', rt));
		expect(hooked!.webhookSecret).toMatch(/./);
		for (const [req, status] of [
			[create({ ...BODY, email: 'nope' }), 400],
			[create('{'), 400],
			[create({ ...BODY, email: `${'a'.repeat(17_000)}@example.com` }), 413],
			[create(BODY, 'text/plain'), 415]
		] as const) {
			const res = await postAlert(req, '192.0.2.3', rt);
			expect(res.status).toBe(status);
			await holds(path, 'post', res);
		}
		for (let i = 0; i < 9; i++) await postAlert(create(BODY), `198.51.100.${i}`, rt);
		const full = await postAlert(create(BODY), '198.51.100.99', rt);
		expect(full.status).toBe(409);
		await holds(path, 'post', full);
		let limited: Response | null = null;
		for (let i = 0; i < 25 && !limited; i++) {
			const res = await postAlert(
				create({ ...BODY, email: `r${i}@example.com` }),
				'203.0.113.1',
				rt
			);
			if (res.status === 429) limited = res;
		}
		expect(limited?.status).toBe(429);
		await holds(path, 'post', limited!);
	});

	it('promises every answer of confirm, show, pause, delete and unsubscribe by link', async () => {
		await postAlert(create({ ...BODY, email: 'link@example.com' }), '192.0.2.20', rt);
		const id = await idOf('link@example.com');
		const now = Date.now();
		const manage = alertToken(id, 'manage', now, rt.key);
		const at = (token: string) => `${ORIGIN}/api/v1/alerts/${token}`;
		const byToken = (method: string, token: string, body?: unknown, type?: string) =>
			manageByToken(
				body === undefined
					? new Request(at(token), { method })
					: json(method, at(token), body, type),
				token,
				rt
			);
		const p = '/api/v1/alerts/{token}';

		expect((await holds(p, 'get', await byToken('GET', manage)))!.status).toBe('unconfirmed');
		const early = await byToken('PATCH', manage, { status: 'paused' });
		expect(early.status).toBe(409);
		await holds(p, 'patch', early);

		const confirm = (token: string) =>
			confirmByToken(new URL(`${ORIGIN}/api/v1/alerts/confirm?token=${token}`), rt);
		const c = '/api/v1/alerts/confirm';
		const confirmed = await holds(c, 'post', await confirm(alertToken(id, 'confirm', now, rt.key)));
		expect(confirmed!.status).toBe('active');
		expect((await confirm(manage)).status).toBe(403);
		await holds(c, 'post', await confirm(manage));
		const old = alertToken(id, 'confirm', now - 3 * 86_400_000, rt.key);
		expect((await confirm(old)).status).toBe(410);
		await holds(c, 'post', await confirm(old));

		expect(
			(await holds(p, 'patch', await byToken('PATCH', manage, { status: 'paused' })))!.status
		).toBe('paused');
		for (const [res, status] of [
			[await byToken('PATCH', manage, { status: 'gone' }), 400],
			[await byToken('PATCH', manage, { status: 'active' }, 'text/plain'), 415],
			[await byToken('PATCH', manage, { status: 'x'.repeat(17_000) }), 413],
			[await byToken('GET', 'x.y'), 403],
			[await byToken('GET', alertToken(id, 'manage', now - 400 * 86_400_000, rt.key)), 410]
		] as const) {
			expect(res.status).toBe(status);
			await holds(
				p,
				res.status === 400 || res.status === 413 || res.status === 415 ? 'patch' : 'get',
				res
			);
		}
		expect((await byToken('DELETE', manage)).status).toBe(204);
		await holds(
			p,
			'delete',
			await byToken('DELETE', alertToken(id, 'manage', now, rt.key)).then(
				(r) => (expect(r.status).toBe(404), r)
			)
		);

		await postAlert(create({ ...BODY, email: 'unsub@example.com' }), '192.0.2.21', rt);
		const other = alertToken(await idOf('unsub@example.com'), 'manage', now, rt.key);
		const u = '/api/v1/alerts/unsubscribe';
		const off = (token: string) =>
			unsubscribe(new URL(`${ORIGIN}/api/v1/alerts/unsubscribe?token=${token}`), rt);
		expect(await holds(u, 'post', await off(other))).toEqual({ unsubscribed: true });
		const again = await off(other);
		expect(again.status).toBe(404);
		await holds(u, 'post', again);
	});
});
