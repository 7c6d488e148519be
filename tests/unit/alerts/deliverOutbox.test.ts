import { createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	alertKey,
	backoff,
	confirmAlert,
	createAlert,
	deliverOutbox,
	evaluateAlerts,
	fileMailer,
	parseAlert,
	smtpMailer,
	webhookSecret
} from '$lib/server/alerts';
import { quote } from '$lib/quoting';
import { loadRules, quoteOptions } from '$lib/server';
import { openStore, type Store } from '$lib/server/store';

const rules = loadRules(fileURLToPath(new URL('../../../rules', import.meta.url)));
const NOW = Date.parse('2026-11-22T10:00:00Z');
const ORIGIN = 'https://fees.example';
const REQUEST = {
	schedule: 'wallet-standard',
	type: 'transfer',
	funding: 'balance',
	destination: 'MX',
	currency: 'USD',
	mode: 'send',
	amount: '500.00'
};
const price = (r: object) => {
	const out = quote(rules, r, quoteOptions(NOW));
	return out.ok ? out.quote : null;
};

let store: Store;
let key: Uint8Array;
const dirs: string[] = [];
beforeAll(async () => {
	store = await openStore({ dataDir: 'memory://' });
	key = await alertKey(store, '');
}, 60_000);
afterAll(async () => {
	await store?.close();
	for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function made(over: Record<string, unknown>, loopbackWebhooks = false) {
	const out = parseAlert(
		{ request: REQUEST, locale: 'en', condition: { totalCostPercentAtMost: '100' }, ...over },
		{ rules, now: NOW, loopbackWebhooks }
	);
	if (!out.ok) throw new Error(JSON.stringify(out.issues));
	const c = await createAlert(store, out.alert, { now: NOW, client: `c${Math.random()}` });
	if (!c.ok) throw new Error(c.code);
	return c.id;
}

/** A message's header lines as one line each (RFC 5322 folds long ones). */
const unfold = (text: string) => text.replace(/\r?\n[ \t]+/g, ' ').replace(/\r\n/g, '\n');

const clean = () => store.query('DELETE FROM outbox').then(() => store.query('DELETE FROM alerts'));

describe('deliverOutbox', () => {
	it('writes .eml files without SMTP: a confirmation, then the firing, each once, with a one-click unsubscribe', async () => {
		await clean();
		const dir = mkdtempSync(join(tmpdir(), 'feecalc-outbox-'));
		dirs.push(dir);
		const o = { now: NOW, rules, origin: ORIGIN, key, mailer: fileMailer(dir) };
		const id = await made({ email: 'ana@example.com', locale: 'zh-CN' });
		expect(await deliverOutbox(store, o)).toEqual({ sent: 1, retried: 0, givenUp: 0 });
		await confirmAlert(store, id, NOW);
		await evaluateAlerts(store, { now: NOW, price });
		expect(await deliverOutbox(store, o)).toEqual({ sent: 1, retried: 0, givenUp: 0 });
		expect(await deliverOutbox(store, o)).toEqual({ sent: 0, retried: 0, givenUp: 0 });
		const files = readdirSync(dir).sort();
		expect(files).toHaveLength(2);
		const fired = unfold(
			readFileSync(
				join(
					dir,
					files.find((f) => f.includes('fired'))!
				),
				'utf8'
			)
		);
		expect(fired).toMatch(
			/^List-Unsubscribe: <https:\/\/fees\.example\/api\/v1\/alerts\/unsubscribe\?token=/m
		);
		expect(fired).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
		expect(fired).toMatch(/^To: ana@example.com$/m);
		expect(fired).toMatch(/^Subject: =\?UTF-8\?/m);
		expect(fired).toContain('Content-Type: text/html');
	}, 60_000);

	it('keeps a message while SMTP is down, and sends it once when it is up', async () => {
		await clean();
		const got: string[] = [];
		const server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			logger: false,
			onData(stream, _s, done) {
				let text = '';
				stream.on('data', (d) => (text += d));
				stream.on('end', () => (got.push(unfold(text)), done()));
			}
		});
		const port = await new Promise<number>((r) => {
			const s = createServer().listen(0, '127.0.0.1', () => {
				const p = (s.address() as { port: number }).port;
				s.close(() => r(p));
			});
		});
		const mailer = smtpMailer(`smtp://127.0.0.1:${port}`);
		await made({ email: 'ana@example.com' });
		const o = { now: NOW, rules, origin: ORIGIN, key, mailer };
		expect(await deliverOutbox(store, o)).toEqual({ sent: 0, retried: 1, givenUp: 0 });
		expect(await deliverOutbox(store, o)).toEqual({ sent: 0, retried: 0, givenUp: 0 });
		await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
		const later = { ...o, now: NOW + backoff(1) };
		expect(await deliverOutbox(store, later)).toEqual({ sent: 1, retried: 0, givenUp: 0 });
		expect(await deliverOutbox(store, { ...later, now: later.now + 3_600_000 })).toEqual({
			sent: 0,
			retried: 0,
			givenUp: 0
		});
		expect(got).toHaveLength(1);
		expect(got[0]).toMatch(
			/^Subject: Confirm your alert: the total cost is at most 100(\.00)? ?%/m
		);
		await new Promise<void>((r) => server.close(() => r()));
	}, 60_000);

	it('signs webhooks with the alert’s secret, retries with back-off, and gives up after a day', async () => {
		await clean();
		const seen: { body: string; headers: IncomingMessage['headers'] }[] = [];
		let answer = 500;
		const hook = createServer((req, res) => {
			let body = '';
			req.on('data', (d) => (body += d));
			req.on('end', () => (seen.push({ body, headers: req.headers }), res.writeHead(answer).end()));
		});
		await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
		const url = `http://127.0.0.1:${(hook.address() as { port: number }).port}/hook`;
		const id = await made({ webhook: { url } }, true);
		const o = { now: NOW, rules, origin: ORIGIN, key, mailer: fileMailer(tmpdir()) };
		expect(await deliverOutbox(store, o)).toEqual({ sent: 0, retried: 1, givenUp: 0 });
		answer = 204;
		expect(await deliverOutbox(store, { ...o, now: NOW + backoff(1) })).toEqual({
			sent: 1,
			retried: 0,
			givenUp: 0
		});
		expect(seen).toHaveLength(2);
		const last = seen[1];
		expect(last.headers['feecalc-delivery']).toBe(`${id}:confirm:webhook`);
		const expected = createHmac('sha256', webhookSecret(key, id)).update(last.body).digest('hex');
		expect(last.headers['feecalc-signature']).toBe(`sha256=${expected}`);
		expect(JSON.parse(last.body)).toMatchObject({ event: 'alert.confirm', alertId: id });

		await confirmAlert(store, id, NOW);
		await evaluateAlerts(store, { now: NOW, price });
		answer = 503;
		let t = NOW;
		let report;
		do {
			report = await deliverOutbox(store, { ...o, now: t });
			t += 3_600_000;
		} while (report.givenUp === 0 && t < NOW + 2 * 86_400_000);
		expect(report).toEqual({ sent: 0, retried: 0, givenUp: 1 });
		const [row] = await store.query<{ last_error: string }>(
			"SELECT last_error FROM outbox WHERE dedupe_key LIKE '%:fired:%'"
		);
		expect(row.last_error).toBe('the webhook answered 503');
		await new Promise<void>((r) => hook.close(() => r()));
	}, 60_000);
});
