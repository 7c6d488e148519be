import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quote } from '$lib/quoting';
import { loadRules, quoteOptions } from '$lib/server';
import { evaluateAlerts } from '$lib/server/alerts';
import { openStore, type Store } from '$lib/server/store';
import { ALERT_REQUEST } from '../../_lib/alertBody';
import { bulkAlerts } from '../../_lib/bulkAlerts';
import { startPostgres, type PostgresServer } from '../../_lib/postgresServer';
import { PROJECT_ROOT } from '../../_lib/projectRoot';

const COUNT = 20_000;
const rules = loadRules(join(PROJECT_ROOT, 'rules'));
const requests = Array.from({ length: 50 }, (_, i) => ({
	...ALERT_REQUEST,
	amount: `${100 + i}.00`
}));

let server: PostgresServer;
let url: string;
let store: Store;
beforeAll(async () => {
	server = await startPostgres();
	url = await server.database();
	store = await openStore({ url });
	await bulkAlerts(store, requests, COUNT, () => ({ totalCostPercentAtMost: '100' }));
}, 120_000);
afterAll(async () => {
	await store?.close();
	await server?.stop();
});

const firedCount = async () =>
	(
		await store.query<{ n: number }>(
			`SELECT count(*)::int AS n FROM outbox WHERE dedupe_key LIKE '%:fired:%'`
		)
	)[0].n;

describe('an evaluation killed in the middle', () => {
	it('is taken up again, and every alert has exactly one firing message in the outbox', async () => {
		const child = spawn(process.execPath, ['--import', 'tsx', 'tests/_lib/evaluateChild.ts'], {
			cwd: PROJECT_ROOT,
			env: { ...process.env, DATABASE_URL: url },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let said = '';
		child.stdout.on('data', (d) => (said += d));
		child.stderr.on('data', (d) => (said += d));
		const exited = new Promise<NodeJS.Signals | null>((r) =>
			child.once('exit', (_, signal) => r(signal))
		);
		// Killed once some batches are committed, long before the last.
		let fired = 0;
		for (let i = 0; i < 600 && fired < 1_000; i++) {
			await new Promise((r) => setTimeout(r, 50));
			fired = await firedCount();
		}
		child.kill('SIGKILL');
		expect(await exited, said).toBe('SIGKILL');
		expect(said).not.toMatch(/done/);
		const before = await firedCount();
		expect(before).toBeGreaterThan(0);
		expect(before).toBeLessThan(COUNT);

		const now = Date.now();
		const report = await evaluateAlerts(store, {
			now,
			price: (r) => {
				const out = quote(rules, r, quoteOptions(now));
				return out.ok ? out.quote : null;
			}
		});
		expect(report.fired).toBe(COUNT - before);
		const per = await store.query<{ n: number; alerts: number }>(
			`SELECT n, count(*)::int AS alerts FROM (
			   SELECT a.id, count(o.id)::int AS n FROM alerts a
			   LEFT JOIN outbox o ON o.alert_id = a.id AND o.dedupe_key LIKE '%:fired:%'
			   GROUP BY a.id) per GROUP BY n`
		);
		expect(per).toEqual([{ n: 1, alerts: COUNT }]);
		const [{ firings }] = await store.query<{ firings: string }>(
			"SELECT string_agg(DISTINCT firings::text, ',') AS firings FROM alerts"
		);
		expect(firings).toBe('1');
	}, 180_000);
});
