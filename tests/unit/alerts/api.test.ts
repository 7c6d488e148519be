import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	alertToken,
	confirmByToken,
	manageByToken,
	postAlert,
	startAlerts,
	unsubscribe,
	type AlertsRuntime
} from '$lib/server/alerts';

const REQUEST = {
	schedule: 'wallet-standard',
	type: 'transfer',
	funding: 'balance',
	destination: 'MX',
	currency: 'USD',
	mode: 'send',
	amount: '500.00'
};
const BODY = {
	request: REQUEST,
	email: 'ana@example.com',
	locale: 'en',
	condition: { totalCostPercentAtMost: '100' }
};

const unfold = (text: string) => text.replace(/\r?\n[ \t]+/g, ' ').replace(/\r\n/g, '\n');
const mails: string[] = [];
let smtp: SMTPServer;
let rt: AlertsRuntime;
let dir: string;

beforeAll(async () => {
	smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, _s, done) {
			let text = '';
			stream.on('data', (d) => (text += d));
			stream.on('end', () => (mails.push(unfold(text)), done()));
		}
	});
	const port = await new Promise<number>((r) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const p = (s.address() as { port: number }).port;
			s.close(() => r(p));
		});
	});
	await new Promise<void>((r) => smtp.listen(port, '127.0.0.1', r));
	dir = mkdtempSync(join(tmpdir(), 'feecalc-alerts-'));
	rt = await startAlerts(
		{
			FEECALC_DATA: dir,
			FEECALC_SMTP_URL: `smtp://127.0.0.1:${port}`,
			FEECALC_PUBLIC_URL: 'https://fees.example',
			FEECALC_SECRET: 'a test secret of thirty-two bytes!!'
		},
		() => {}
	);
}, 60_000);
afterAll(async () => {
	await rt?.stop();
	await new Promise<void>((r) => smtp?.close(() => r()));
	rmSync(dir, { recursive: true, force: true });
});

const post = (body: unknown) =>
	new Request('https://fees.example/api/v1/alerts', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
const until = async (test: () => boolean) => {
	for (let i = 0; i < 100 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
};
/** A link's token in a message, its quoted-printable soft breaks and escapes undone. */
const tokenIn = (mail: string, path: string) =>
	new RegExp(`https://fees\\.example${path}\\?token=([A-Za-z0-9_.-]+)`).exec(
		mail.replace(/=\r?\n/g, '').replace(/=3D/g, '=')
	)![1];

describe('the alerts API', () => {
	it('makes an alert, sends its confirmation, and after the click tells once with the figures', async () => {
		const res = await postAlert(post(BODY), '192.0.2.7', rt);
		expect(res.status).toBe(202);
		expect(await res.json()).toEqual({
			status: 'unconfirmed',
			confirmation: { email: 'ana@example.com', webhook: null },
			emailsSent: true
		});
		await until(() => mails.length === 1);
		expect(mails[0]).toMatch(/^Subject: Confirm your alert: /m);
		const confirm = tokenIn(mails[0], '/alerts/confirm');
		const confirmed = await confirmByToken(
			new URL(`https://fees.example/api/v1/alerts/confirm?token=${confirm}`),
			rt
		);
		expect(confirmed.status).toBe(200);
		expect((await confirmed.json()).status).toBe('active');
		await rt.evaluateNow();
		await until(() => mails.length === 2);
		expect(mails[1]).toMatch(/^Subject: It got better: Total cost \$/m);
		expect(mails[1]).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
		await rt.evaluateNow();
		await rt.deliverNow();
		expect(mails).toHaveLength(2);

		const manage = tokenIn(mails[1], '/alerts/manage');
		const url = `https://fees.example/api/v1/alerts/${manage}`;
		const shown = await manageByToken(new Request(url), manage, rt);
		expect(await shown.json()).toMatchObject({
			status: 'active',
			waiting: false,
			firings: 1,
			email: 'ana@example.com'
		});
		const paused = await manageByToken(
			new Request(url, {
				method: 'PATCH',
				headers: { 'content-type': 'application/json' },
				body: '{"status":"paused"}'
			}),
			manage,
			rt
		);
		expect((await paused.json()).status).toBe('paused');
		const unsub = tokenIn(mails[1], '/api/v1/alerts/unsubscribe');
		expect(
			(
				await unsubscribe(
					new URL(`https://fees.example/api/v1/alerts/unsubscribe?token=${unsub}`),
					rt
				)
			).status
		).toBe(200);
		expect((await manageByToken(new Request(url), manage, rt)).status).toBe(404);
	}, 60_000);

	it('refuses bad input with 4xx issues naming the field, and stores nothing', async () => {
		const before = await rt.store.query('SELECT id FROM alerts');
		const bad = await postAlert(
			post({
				...BODY,
				email: 'not-an-address',
				condition: { totalCostAtMost: { amount: '5.00', currency: 'MXN' } }
			}),
			'192.0.2.8',
			rt
		);
		expect(bad.status).toBe(400);
		expect((await bad.json()).issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual([
			'email'
		]);
		const wrong = await postAlert(
			post({ ...BODY, condition: { totalCostAtMost: { amount: '5.00', currency: 'MXN' } } }),
			'192.0.2.8',
			rt
		);
		expect((await wrong.json()).issues[0].code).toBe('condition_currency');
		const hook = await postAlert(
			post({ ...BODY, email: undefined, webhook: { url: 'http://example.com/' } }),
			'192.0.2.8',
			rt
		);
		expect((await hook.json()).issues[0].path).toEqual(['webhook', 'url']);
		expect(await rt.store.query('SELECT id FROM alerts')).toEqual(before);
	});

	it('refuses forged and expired links', async () => {
		const forged = await manageByToken(
			new Request('https://fees.example/api/v1/alerts/x.y'),
			'x.y',
			rt
		);
		expect(forged.status).toBe(403);
		const other = alertToken('someone', 'manage', Date.now(), new Uint8Array(32));
		expect((await manageByToken(new Request('https://fees.example/'), other, rt)).status).toBe(403);
		const old = alertToken('someone', 'confirm', Date.now() - 3 * 86_400_000, rt.key);
		const expired = await confirmByToken(
			new URL(`https://fees.example/api/v1/alerts/confirm?token=${old}`),
			rt
		);
		expect(expired.status).toBe(410);
		expect((await expired.json()).issues[0].code).toBe('expired_link');
	});
});
