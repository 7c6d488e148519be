import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '$lib/server';
import { confirmAlert, createAlert, parseAlert } from '$lib/server/alerts';
import { LOCK_FILE, openStore } from '$lib/server/store';
import { ALERT_BODY, ALERT_REQUEST } from '../../_lib/alertBody';
import { feecalcAsync } from '../../_lib/feecalc';
import { PROJECT_ROOT } from '../../_lib/projectRoot';

const rules = loadRules(join(PROJECT_ROOT, 'rules'));
let dir: string;
const ids: Record<string, string> = {};

/** The store's alerts and outbox, to see that a check changed nothing. */
async function state() {
	const store = await openStore({ dataDir: join(dir, 'db') });
	try {
		return {
			alerts: await store.query(
				'SELECT id, status, armed, firings, checked_at, fired_at FROM alerts ORDER BY id'
			),
			outbox: await store.query('SELECT dedupe_key FROM outbox ORDER BY id')
		};
	} finally {
		await store.close();
	}
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'feecalc-cli-alerts-'));
	const store = await openStore({ dataDir: join(dir, 'db') });
	const now = Date.now();
	const make = async (name: string, over: Record<string, unknown>, confirm = true) => {
		const parsed = parseAlert(
			{ ...ALERT_BODY, email: `${name}@example.com`, ...over },
			{ rules, now }
		);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
		const made = await createAlert(store, parsed.alert, { now, client: name });
		if (!made.ok) throw new Error(made.code);
		if (confirm) await confirmAlert(store, made.id, now);
		ids[name] = made.id;
	};
	await make('fires', {});
	await make('waits', {
		condition: { recipientGetsAtLeast: { amount: '999999.00', currency: 'MXN' } }
	});
	await make('rearms', {
		request: { ...ALERT_REQUEST, amount: '200.00' },
		condition: { totalCostPercentAtMost: '0.01' }
	});
	await make('unconfirmed', {}, false);
	await store.query('UPDATE alerts SET armed = false, firings = 1, fired_at = $2 WHERE id = $1', [
		ids.rearms,
		'2026-11-01T08:00:00.000Z'
	]);
	await store.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = () => ({ FEECALC_DATA: dir });

describe('feecalc alerts', () => {
	it('lists every alert: short id, status, condition and transfer in words, firings, last told', async () => {
		const r = await feecalcAsync(['alerts', 'list'], { env: env() });
		expect(r.status, r.stderr).toBe(0);
		const lines = r.stdout.trim().split('\n');
		expect(lines).toHaveLength(4);
		const of = (name: string) => lines.find((l) => l.startsWith(ids[name].slice(0, 8)))!;
		expect(of('fires')).toMatch(
			/^\S{8} {2}active +the total cost is at most 100% of what you send, sending \$500\.00 .* to Mexico; told 0×, last never$/
		);
		expect(of('waits')).toMatch(/MX\$999,999\.00/);
		expect(of('rearms')).toMatch(/sending \$200\.00 .*; told 1×, last 2026-11-01T08:00:00\.000Z$/);
		expect(of('unconfirmed')).toMatch(/ unconfirmed /);
	});

	it('lists as JSON with --json, amounts as strings', async () => {
		const r = await feecalcAsync(['alerts', 'list', '--json'], { env: env() });
		expect(r.status, r.stderr).toBe(0);
		const list = JSON.parse(r.stdout) as {
			id: string;
			request: { amount: string };
			firings: number;
		}[];
		expect(list.map((a) => a.id).sort()).toEqual(Object.values(ids).sort());
		expect(list.find((a) => a.id === ids.rearms)).toMatchObject({
			request: { amount: '200.00' },
			firings: 1,
			lastFiredAt: '2026-11-01T08:00:00.000Z'
		});
	});

	it('checks now and prints what would fire and re-arm, changing nothing in the store or the outbox', async () => {
		const before = await state();
		const r = await feecalcAsync(['alerts', 'check'], { env: env() });
		expect(r.status, r.stderr).toBe(0);
		const lines = r.stdout.trim().split('\n');
		const line = (name: string) => lines.find((l) => l.includes(` ${ids[name].slice(0, 8)} `));
		expect(line('fires')).toMatch(
			/^would fire {2}\S{8} {2}the total cost is at most 100% .*: recipient gets [0-9]+\.[0-9]{2} MXN, total cost [0-9]+\.[0-9]{2} USD \([0-9.]+ %\)$/
		);
		expect(line('rearms')).toMatch(/^would re-arm {2}\S{8} .* sending \$200\.00 /);
		expect(line('waits')).toBeUndefined();
		expect(lines.at(-1)).toBe(
			'3 active alerts, 2 requests priced: 1 would fire, 1 would be armed again (nothing was changed)'
		);
		const json = await feecalcAsync(['alerts', 'check', '--json'], { env: env() });
		const body = JSON.parse(json.stdout);
		expect(body.alerts.map((a: { outcome: string }) => a.outcome).sort()).toEqual([
			'fire',
			'rearm'
		]);
		expect(typeof body.alerts[0].quote.cost.total.amount).toBe('string');
		expect(await state()).toEqual(before);
	});

	it('says how it works with --help, and refuses what it does not take (exit 2)', async () => {
		const help = await feecalcAsync(['alerts', '--help'], { env: env() });
		expect(help.stdout).toMatch(/read-only\s+pricing pass/);
		for (const argv of [
			['alerts'],
			['alerts', 'send'],
			['alerts', 'list', 'extra'],
			['alerts', 'list', '--since', 'x']
		]) {
			const r = await feecalcAsync(argv, { env: env() });
			expect(r.status, argv.join(' ')).toBe(2);
		}
	});

	it('refuses, in one line and exit 1, the embedded store a running server holds', async () => {
		const server = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
			stdio: 'ignore'
		});
		const lock = join(dir, 'db', LOCK_FILE);
		writeFileSync(lock, `${server.pid}\n`);
		try {
			for (const sub of ['list', 'check']) {
				const r = await feecalcAsync(['alerts', sub], { env: env() });
				expect(r.status).toBe(1);
				expect(r.stderr).toBe(
					`feecalc: the embedded store in ${join(dir, 'db')} is in use by process ${server.pid} (a running feecalc server?): stop it first, or give both DATABASE_URL; a lock left by a process that is gone is taken over\n`
				);
			}
		} finally {
			server.kill('SIGKILL');
			await new Promise((r) => server.once('exit', r));
		}
		// Once it is gone, its lock is taken over.
		const r = await feecalcAsync(['alerts', 'list'], { env: env() });
		expect(r.status, r.stderr).toBe(0);
		expect(existsSync(lock)).toBe(false);
	});

	it('exits 1 with one line when the store cannot be opened', async () => {
		const r = await feecalcAsync(['alerts', 'list'], {
			env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }
		});
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/^feecalc: the alerts store cannot be opened: .+\n$/);
	});
});
