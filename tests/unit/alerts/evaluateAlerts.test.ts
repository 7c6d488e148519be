import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuoteResult } from '$lib/engine';
import { quote, type QuoteRequest } from '$lib/quoting';
import {
	changeAlert,
	confirmAlert,
	createAlert,
	deleteUnconfirmed,
	evaluateAlerts,
	parseAlert,
	type FoundAlert,
	type NewAlert
} from '$lib/server/alerts';
import { loadRules, quoteOptions } from '$lib/server';
import { openStore, type Store } from '$lib/server/store';
import { startPostgres, type PostgresServer } from '../../_lib/postgresServer';

const rules = loadRules(fileURLToPath(new URL('../../../rules', import.meta.url)));
const NOW = Date.parse('2026-11-22T10:00:00Z');
const REQUEST = {
	schedule: 'wallet-standard',
	type: 'transfer',
	funding: 'balance',
	destination: 'MX',
	currency: 'USD',
	mode: 'send',
	amount: '500.00'
};

function alertOf(over: Record<string, unknown> = {}): NewAlert {
	const out = parseAlert(
		{
			request: REQUEST,
			email: 'ana@example.com',
			locale: 'en',
			condition: { totalCostPercentAtMost: '100' },
			...over
		},
		{ rules, now: NOW }
	);
	if (!out.ok) throw new Error(JSON.stringify(out.issues));
	return out.alert;
}

/** Prices as the quote API does, counting the requests priced. */
function pricer(calls = { n: 0 }) {
	return (request: QuoteRequest): QuoteResult | null => {
		calls.n++;
		const out = quote(rules, request, quoteOptions(NOW));
		return out.ok ? out.quote : null;
	};
}

let server: PostgresServer;
beforeAll(async () => {
	server = await startPostgres();
}, 60_000);
afterAll(async () => {
	await server?.stop();
});

const KINDS: [string, () => Promise<{ url?: string; dataDir?: string }>][] = [
	['PGlite', async () => ({ dataDir: 'memory://' })],
	['PostgreSQL', async () => ({ url: await server.database() })]
];

const outbox = (s: Store) =>
	s.query<{ dedupe_key: string; channel: string }>(
		'SELECT dedupe_key, channel FROM outbox ORDER BY id'
	);

describe.each(KINDS)('alerts on %s', (_, fresh) => {
	let store: Store;
	beforeAll(async () => {
		store = await openStore(await fresh());
	}, 60_000);
	afterAll(() => store?.close());

	it('keeps a new alert unconfirmed with its confirmation in the outbox, fires it once confirmed, once, and again only after it was false', async () => {
		await store.query('DELETE FROM alerts');
		await store.query('DELETE FROM outbox');
		const made = await createAlert(store, alertOf(), { now: NOW, client: '192.0.2.1' });
		if (!made.ok) throw new Error(made.code);
		expect((await outbox(store)).map((r) => r.dedupe_key)).toEqual([`${made.id}:confirm:email`]);
		const price = pricer();
		expect(await evaluateAlerts(store, { now: NOW, price })).toEqual({
			checked: 0,
			priced: 0,
			fired: 0,
			rearmed: 0
		});

		expect(await confirmAlert(store, made.id, NOW)).toBe(true);
		expect(await evaluateAlerts(store, { now: NOW, price })).toEqual({
			checked: 1,
			priced: 1,
			fired: 1,
			rearmed: 0
		});
		expect(await evaluateAlerts(store, { now: NOW, price })).toEqual({
			checked: 1,
			priced: 1,
			fired: 0,
			rearmed: 0
		});
		const blocked = (r: QuoteRequest) => ({ ...price(r)!, allowed: false });
		expect(await evaluateAlerts(store, { now: NOW, price: blocked })).toEqual({
			checked: 1,
			priced: 1,
			fired: 0,
			rearmed: 1
		});
		expect(await evaluateAlerts(store, { now: NOW, price })).toEqual({
			checked: 1,
			priced: 1,
			fired: 1,
			rearmed: 0
		});
		expect((await outbox(store)).map((r) => r.dedupe_key)).toEqual([
			`${made.id}:confirm:email`,
			`${made.id}:fired:1:email`,
			`${made.id}:fired:2:email`
		]);
	}, 60_000);

	it('leaves alone what did not move, and still judges an alert confirmed, resumed or edited since', async () => {
		await store.query('DELETE FROM alerts');
		await store.query('DELETE FROM outbox');
		const price = pricer();
		const make = async (email: string) => {
			const made = await createAlert(store, alertOf({ email }), { now: NOW, client: email });
			if (!made.ok) throw new Error(made.code);
			await confirmAlert(store, made.id, NOW);
			return made.id;
		};
		const quotes = async () =>
			(await store.query<{ n: number }>('SELECT count(*)::int AS n FROM priced_quotes'))[0].n;
		const a = await make('first@example.com');
		expect(await evaluateAlerts(store, { now: NOW, price })).toMatchObject({ fired: 1 });
		const kept = await quotes();
		expect(await evaluateAlerts(store, { now: NOW, price })).toEqual({
			checked: 1,
			priced: 1,
			fired: 0,
			rearmed: 0
		});
		expect(await quotes()).toBe(kept);

		const b = await make('second@example.com');
		expect(await evaluateAlerts(store, { now: NOW, price })).toEqual({
			checked: 2,
			priced: 1,
			fired: 1,
			rearmed: 0
		});
		const found = { id: a, status: 'active' } as FoundAlert;
		await changeAlert({ store }, found, 'pause');
		expect(await evaluateAlerts(store, { now: NOW, price })).toMatchObject({ checked: 1 });
		await changeAlert({ store }, { ...found, status: 'paused' }, 'resume');
		await store.query(
			`UPDATE alerts SET condition = '{"totalCostPercentAtMost": "0.01"}'::jsonb WHERE id = $1`,
			[b]
		);
		expect(await evaluateAlerts(store, { now: NOW, price })).toEqual({
			checked: 2,
			priced: 1,
			fired: 0,
			rearmed: 1
		});
		expect((await outbox(store)).filter((r) => r.dedupe_key.includes(':fired:'))).toHaveLength(2);
	}, 60_000);

	it('prices a request shared by many alerts once, and loses nothing when a batch is interrupted', async () => {
		await store.query('DELETE FROM alerts');
		await store.query('DELETE FROM outbox');
		const ids: string[] = [];
		for (let i = 0; i < 6; i++) {
			const made = await createAlert(store, alertOf({ email: `p${i}@example.com` }), {
				now: NOW,
				client: `c${i}`
			});
			if (!made.ok) throw new Error(made.code);
			await confirmAlert(store, made.id, NOW);
			ids.push(made.id);
		}
		const other = await createAlert(
			store,
			alertOf({ request: { ...REQUEST, amount: '200.00' }, email: 'o@example.com' }),
			{ now: NOW, client: 'o' }
		);
		if (!other.ok) throw new Error(other.code);
		await confirmAlert(store, other.id, NOW);
		// A crash in the middle of the second batch: its transaction is rolled back whole.
		let calls = 0;
		const crashing = (r: QuoteRequest) => {
			if (++calls === 2) throw new Error('killed');
			return pricer()(r);
		};
		await expect(evaluateAlerts(store, { now: NOW, price: crashing, batch: 4 })).rejects.toThrow(
			'killed'
		);
		const firedAfterCrash = await store.query('SELECT id FROM alerts WHERE NOT armed');
		expect(firedAfterCrash.length).toBeLessThan(7);
		const counted = { n: 0 };
		const report = await evaluateAlerts(store, { now: NOW, price: pricer(counted), batch: 4 });
		expect(report.fired + firedAfterCrash.length).toBe(7);
		expect(counted.n).toBe(2);
		const fired = (await outbox(store)).filter((r) => r.dedupe_key.includes(':fired:'));
		expect(fired).toHaveLength(7);
		expect(new Set(fired.map((r) => r.dedupe_key)).size).toBe(7);
	}, 60_000);

	it('holds an address to 10 alerts and a client to 20 an hour, and deletes what is not confirmed in 48 hours', async () => {
		await store.query('DELETE FROM alerts');
		for (let i = 0; i < 10; i++)
			expect(
				(
					await createAlert(store, alertOf({ email: 'max@example.com' }), {
						now: NOW,
						client: `m${i}`
					})
				).ok
			).toBe(true);
		expect(
			await createAlert(store, alertOf({ email: 'MAX@example.com' }), {
				now: NOW,
				client: 'm-last'
			})
		).toEqual({ ok: false, code: 'too_many_alerts', max: 10 });
		for (let i = 0; i < 20; i++)
			await createAlert(store, alertOf({ email: `r${i}@example.com` }), {
				now: NOW,
				client: 'busy'
			});
		expect(
			await createAlert(store, alertOf({ email: 'late@example.com' }), { now: NOW, client: 'busy' })
		).toEqual({ ok: false, code: 'rate_limited', minutes: 60 });
		expect(await deleteUnconfirmed(store, NOW + 47 * 3_600_000)).toBe(0);
		expect(await deleteUnconfirmed(store, NOW + 49 * 3_600_000)).toBe(30);
	}, 60_000);
});

describe('two instances on one PostgreSQL', () => {
	it('evaluate at once and tell each alert once', async () => {
		const url = await server.database();
		const [a, b] = await Promise.all([openStore({ url }), openStore({ url })]);
		for (let i = 0; i < 40; i++) {
			const made = await createAlert(a, alertOf({ email: `t${i}@example.com` }), {
				now: NOW,
				client: `t${i}`
			});
			if (made.ok) await confirmAlert(a, made.id, NOW);
		}
		const [ra, rb] = await Promise.all([
			evaluateAlerts(a, { now: NOW, price: pricer(), batch: 5 }),
			evaluateAlerts(b, { now: NOW, price: pricer(), batch: 5 })
		]);
		expect(ra.fired + rb.fired).toBe(40);
		expect((await outbox(a)).filter((r) => r.dedupe_key.includes(':fired:'))).toHaveLength(40);
		await Promise.all([a.close(), b.close()]);
	}, 60_000);
});
