import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS, migrate, openStore, type Store, StoreTooNewError } from '$lib/server/store';
import { startPostgres, type PostgresServer } from '../../_lib/postgresServer';

let server: PostgresServer;
const folders: string[] = [];
beforeAll(async () => {
	server = await startPostgres();
}, 60_000);
afterAll(async () => {
	await server?.stop();
	for (const f of folders) rmSync(f, { recursive: true, force: true });
});

const NEXT = {
	version: MIGRATIONS.at(-1)!.version + 1,
	name: 'test_column',
	sql: 'ALTER TABLE alerts ADD COLUMN note text;\nCREATE INDEX alerts_note ON alerts (note);'
};

/** Each kind of store, opened on a fresh database: PGlite in a folder, and a PostgreSQL server. */
const KINDS: [string, () => Promise<{ url?: string; dataDir?: string }>][] = [
	[
		'PGlite',
		async () => {
			const dir = mkdtempSync(join(tmpdir(), 'feecalc-store-'));
			folders.push(dir);
			return { dataDir: join(dir, 'db') };
		}
	],
	['PostgreSQL', async () => ({ url: await server.database() })]
];

const tables = async (s: Store) =>
	(
		await s.query<{ name: string }>(
			"SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"
		)
	).map((r) => r.name);

describe.each(KINDS)('the store on %s', (kind, fresh) => {
	it('migrates an empty database, brings a previous one up to date keeping what it holds, and refuses one newer than the code', async () => {
		const where = await fresh();
		const store = await openStore(where);
		expect(await tables(store)).toEqual([
			'alert_creations',
			'alert_kinds',
			'alerts',
			'feecalc_migrations',
			'feecalc_secrets',
			'outbox',
			'priced_quote_bodies',
			'priced_quotes'
		]);
		expect(await migrate(store, MIGRATIONS)).toEqual([]);
		await store.query(
			`INSERT INTO alerts (id, request, request_key, condition, email, locale, status, created_at)
			 VALUES ('a1', $1::jsonb, 'k', $2::jsonb, 'a@example.com', 'en', 'active', now())`,
			[JSON.stringify({ amount: '500.00' }), JSON.stringify({ totalCostPercentAtMost: '2.50' })]
		);
		await store.close();

		const next = await openStore({ ...where, migrations: [...MIGRATIONS, NEXT] });
		expect(await next.query('SELECT request, note FROM alerts')).toEqual([
			{ request: { amount: '500.00' }, note: null }
		]);
		expect(await next.query('SELECT version, name FROM feecalc_migrations ORDER BY 1')).toEqual([
			{ version: 1, name: 'alerts' },
			{ version: 2, name: 'set_based_evaluation' },
			{ version: 3, name: 'judged_figures' },
			{ version: 4, name: 'test_column' }
		]);
		await next.close();

		const refused = await openStore(where).catch((e) => e);
		expect(refused).toBeInstanceOf(StoreTooNewError);
		expect(refused.message).toBe(
			"the database is at schema version 4, newer than this feecalc's 3: start the newer feecalc, or point FEECALC_DATA or DATABASE_URL at another database"
		);
	}, 120_000);

	it('gives the alerts of a version 1 database their conditions as columns, and new ones as they are made', async () => {
		const where = await fresh();
		const v1 = await openStore({ ...where, migrations: MIGRATIONS.slice(0, 1) });
		const conditions = [
			{ recipientGetsAtLeast: { amount: '8800.00', currency: 'MXN' } },
			{ totalCostAtMost: { amount: '12.50', currency: 'USD' } },
			{ totalCostPercentAtMost: '2.5' }
		];
		for (const [i, c] of conditions.entries())
			await v1.query(
				`INSERT INTO alerts (id, request, request_key, condition, email, locale, status, created_at)
				 VALUES ($1, '{}'::jsonb, 'k', $2::jsonb, 'a@example.com', 'en', 'active', now())`,
				[`a${i}`, JSON.stringify(c)]
			);
		await v1.query(
			`INSERT INTO outbox (dedupe_key, alert_id, channel, payload, next_attempt_at, created_at)
			 VALUES ('a0:fired:1:email', 'a0', 'email', '{"quote": {}}'::jsonb, now(), now())`
		);
		await v1.close();

		const store = await openStore(where);
		const columns = 'SELECT id, metric, threshold::text, unit FROM alerts ORDER BY id';
		expect(await store.query(columns)).toEqual([
			{ id: 'a0', metric: 'received', threshold: '8800.00', unit: 'MXN' },
			{ id: 'a1', metric: 'cost', threshold: '12.50', unit: 'USD' },
			{ id: 'a2', metric: 'percent', threshold: '2.5', unit: '%' }
		]);
		expect(await store.query('SELECT dedupe_key, priced_quote_id FROM outbox')).toEqual([
			{ dedupe_key: 'a0:fired:1:email', priced_quote_id: null }
		]);
		await store.query(
			`UPDATE alerts SET condition = '{"totalCostPercentAtMost": "1.00"}'::jsonb WHERE id = 'a0'`
		);
		expect((await store.query(columns))[0]).toEqual({
			id: 'a0',
			metric: 'percent',
			threshold: '1.00',
			unit: '%'
		});
		await store.close();
	}, 120_000);

	it('counts the active alerts of a version 2 database by kind, to be judged at the next evaluation, and keeps the counts as alerts change', async () => {
		const where = await fresh();
		const v2 = await openStore({ ...where, migrations: MIGRATIONS.slice(0, 2) });
		const rows: [string, string, object][] = [
			['a0', 'active', { recipientGetsAtLeast: { amount: '8800.00', currency: 'MXN' } }],
			['a1', 'active', { recipientGetsAtLeast: { amount: '8900.00', currency: 'MXN' } }],
			['a2', 'paused', { recipientGetsAtLeast: { amount: '8800.00', currency: 'MXN' } }],
			['a3', 'active', { totalCostPercentAtMost: '2.5' }],
			['a4', 'unconfirmed', { totalCostAtMost: { amount: '12.50', currency: 'USD' } }]
		];
		for (const [id, status, c] of rows)
			await v2.query(
				`INSERT INTO alerts (id, request, request_key, condition, email, locale, status, created_at)
				 VALUES ($1, '{"amount": "1.00"}'::jsonb, 'k', $2::jsonb, 'a@example.com', 'en', $3, now())`,
				[id, JSON.stringify(c), status]
			);
		await v2.close();

		const store = await openStore(where);
		const kinds = () =>
			store.query(
				`SELECT metric, unit, request, alerts, changes > judged AS unjudged, figure
				 FROM alert_kinds ORDER BY metric, unit`
			);
		expect(await kinds()).toEqual([
			{
				metric: 'percent',
				unit: '%',
				request: { amount: '1.00' },
				alerts: 1,
				unjudged: true,
				figure: null
			},
			{
				metric: 'received',
				unit: 'MXN',
				request: { amount: '1.00' },
				alerts: 2,
				unjudged: true,
				figure: null
			}
		]);
		await store.query(`UPDATE alerts SET status = 'active' WHERE id IN ('a2', 'a4')`);
		await store.query(`UPDATE alerts SET status = 'paused' WHERE id = 'a3'`);
		await store.query(
			`UPDATE alerts SET condition = '{"totalCostPercentAtMost": "1.00"}'::jsonb WHERE id = 'a0'`
		);
		await store.query(`DELETE FROM alerts WHERE id = 'a1'`);
		expect(
			await store.query('SELECT metric, unit, alerts FROM alert_kinds ORDER BY metric, unit')
		).toEqual([
			{ metric: 'cost', unit: 'USD', alerts: 1 },
			{ metric: 'percent', unit: '%', alerts: 1 },
			{ metric: 'received', unit: 'MXN', alerts: 1 }
		]);
		await store.close();
	}, 120_000);

	it('rolls a transaction back when it throws, and commits it when it does not', async () => {
		const store = await openStore(kind === 'PGlite' ? { dataDir: 'memory://' } : await fresh());
		const insert = (id: string) =>
			`INSERT INTO alert_creations (client, window_start, count) VALUES ('${id}', now(), 1)`;
		await expect(
			store.transaction(async (tx) => {
				await tx.query(insert('lost'));
				throw new Error('no');
			})
		).rejects.toThrow('no');
		await store.transaction((tx) => tx.query(insert('kept')));
		expect(await store.query('SELECT client FROM alert_creations')).toEqual([{ client: 'kept' }]);
		await store.close();
	}, 60_000);
});

describe('the store on PostgreSQL', () => {
	it('lets several processes start at once on one database: one migrates, the others wait', async () => {
		const url = await server.database();
		const stores = await Promise.all([1, 2, 3].map(() => openStore({ url })));
		expect((await stores[0].query('SELECT count(*)::int AS n FROM feecalc_migrations'))[0]).toEqual(
			{ n: MIGRATIONS.length }
		);
		await Promise.all(stores.map((s) => s.close()));
	}, 60_000);
});
