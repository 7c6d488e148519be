import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuoteResult } from '$lib/engine';
import type { QuoteRequest } from '$lib/quoting';
import {
	alertOutcome,
	changeAlert,
	confirmAlert,
	evaluateAlerts,
	type AlertCondition,
	type FoundAlert
} from '$lib/server/alerts';
import { openStore, type Store } from '$lib/server/store';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-22T10:00:00Z');
const CURRENCIES = ['MXN', 'USD', 'EUR'];
// Spread wide, and often one of a few: thresholds equal to a figure (as numbers, whatever the
// digits), where "at least" and "at most" are decided by their boundary.
const amount = fc.oneof(
	fc
		.integer({ min: -300, max: 3000 })
		.chain((n) => fc.constantFrom(`${n}.00`, `${n}.5`, `${n}.05`, `${n}`)),
	fc.constantFrom('8', '8.00', '8.5', '8.50', '9.00')
);
const money = fc.record({ amount, currency: fc.constantFrom(...CURRENCIES) });
const condition: fc.Arbitrary<AlertCondition> = fc.oneof(
	money.map((m) => ({ recipientGetsAtLeast: m })),
	money.map((m) => ({ totalCostAtMost: m })),
	amount.map((a) => ({ totalCostPercentAtMost: a }))
);
/** What conditionHolds reads of a quote; null: the request could not be priced. */
const quote = fc.option(
	fc.record({
		allowed: fc.boolean(),
		received: fc.option(money, { freq: 4 }),
		cost: fc.option(fc.record({ total: money, percent: amount }), { freq: 4 })
	}),
	{ freq: 6 }
);
const round = fc.array(quote, { minLength: 4, maxLength: 4 });
const STATUSES = ['active', 'paused', 'unconfirmed'] as const;
/** What may happen to an alert between two evaluations: confirmed, paused, resumed, edited. */
const change = fc.record({
	alert: fc.nat(),
	to: fc.constantFrom('confirm', 'pause', 'resume', 'edit'),
	condition
});
/** A round: new quotes, or the last round's again (its figures unchanged), and what changed before it. */
const step = fc.record({
	quotes: fc.oneof(
		{ arbitrary: round, weight: 1 },
		{ arbitrary: fc.constant('same' as const), weight: 2 }
	),
	changes: fc.array(change, { maxLength: 12 })
});

type Status = (typeof STATUSES)[number];
interface Model {
	status: Status;
	condition: AlertCondition;
	armed: boolean;
	firings: number;
}

/** Does `c` to alert `id` in the store as the app does, and to its model. */
async function apply(
	store: Store,
	id: string,
	alert: Model,
	c: { to: string; condition: AlertCondition }
) {
	if (c.to === 'confirm') {
		await confirmAlert(store, id, NOW);
		if (alert.status === 'unconfirmed') alert.status = 'active';
	} else if (c.to === 'edit') {
		await store.query('UPDATE alerts SET condition = $2::jsonb WHERE id = $1', [
			id,
			JSON.stringify(c.condition)
		]);
		alert.condition = c.condition;
	} else {
		const found = { id, status: alert.status } as FoundAlert;
		await changeAlert({ store }, found, c.to === 'pause' ? 'pause' : 'resume');
		if (alert.status !== 'unconfirmed') alert.status = c.to === 'pause' ? 'paused' : 'active';
	}
}

/**
 * Alerts on four requests, judged over four evaluations an hour apart, each round's quotes
 * random or the last round's again, alerts confirmed, paused, resumed and edited between them,
 * in transactions of any size: the SQL evaluation does to each alert exactly what alertOutcome says, whether its kind's
 * figure moved or not.
 */
describe('evaluateAlerts in SQL', () => {
	let store: Store;
	beforeAll(async () => {
		store = await openStore({ dataDir: 'memory://' });
	}, 60_000);
	afterAll(() => store?.close());

	it('fires and re-arms exactly the alerts alertOutcome fires and re-arms, and keeps only the quotes still needed', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc.record({
						request: fc.nat(3),
						condition,
						armed: fc.boolean(),
						status: fc.constantFrom(...STATUSES)
					}),
					{ minLength: 1, maxLength: 40 }
				),
				round,
				fc.array(step, { minLength: 3, maxLength: 3 }),
				// Transactions of a few alerts too: a kind judged over several of them.
				fc.option(fc.integer({ min: 1, max: 4 }), { freq: 2 }),
				async (alerts, first, steps, batch) => {
					await store.query(
						'TRUNCATE alerts, alert_kinds, outbox, priced_quotes, priced_quote_bodies'
					);
					const requests = [0, 1, 2, 3].map((i) => ({ amount: `${i}.00` }));
					const ids = alerts.map((_, i) => `a${String(i).padStart(3, '0')}`);
					await store.query(
						`INSERT INTO alerts (id, request, request_key, condition, email, locale, status, armed, firings, created_at)
						 SELECT id, req::jsonb, req, cond::jsonb, id || '@example.com', 'en', status, armed, 0, now()
						 FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[], $5::text[])
							AS u(id, req, cond, armed, status)`,
						[
							ids,
							alerts.map((a) => JSON.stringify(requests[a.request])),
							alerts.map((a) => JSON.stringify(a.condition)),
							alerts.map((a) => a.armed),
							alerts.map((a) => a.status)
						]
					);
					const state: Model[] = alerts.map((a) => ({
						status: a.status,
						condition: a.condition,
						armed: a.armed,
						firings: 0
					}));
					let quotes = first;
					for (const [r, { quotes: next, changes }] of [
						{ quotes: first, changes: [] },
						...steps
					].entries()) {
						if (next !== 'same') quotes = next;
						for (const c of changes) {
							const i = c.alert % alerts.length;
							await apply(store, ids[i], state[i], c);
						}
						const priced = quotes.map((q) => (q === null ? null : (q as unknown as QuoteResult)));
						const want = { fired: 0, rearmed: 0 };
						for (const [i, a] of alerts.entries()) {
							if (state[i].status !== 'active') continue;
							const outcome = alertOutcome(state[i], priced[a.request]);
							if (outcome === 'fire') {
								want.fired++;
								state[i] = { ...state[i], armed: false, firings: state[i].firings + 1 };
							} else if (outcome === 'rearm') {
								want.rearmed++;
								state[i] = { ...state[i], armed: true };
							}
						}
						const report = await evaluateAlerts(store, {
							now: NOW + r * 2 * HOUR,
							batch: batch ?? undefined,
							price: (req: QuoteRequest) => priced[Number.parseInt(String(req.amount))]
						});
						const active = alerts.filter((_, i) => state[i].status === 'active');
						expect(report).toEqual({
							checked: active.length,
							priced: new Set(active.map((a) => a.request)).size,
							...want
						});
						const rows = await store.query<{ status: Status; armed: boolean; firings: number }>(
							'SELECT status, armed, firings FROM alerts ORDER BY id'
						);
						expect(rows).toEqual(
							state.map(({ status, armed, firings }) => ({ status, armed, firings }))
						);
					}
					// Every message's quote is kept, whole; a quote no message needs only when newest.
					const lost = await store.query(
						`SELECT o.id FROM outbox o LEFT JOIN priced_quote_bodies b ON b.id = o.priced_quote_id
						 WHERE b.id IS NULL`
					);
					expect(lost).toEqual([]);
					const kept = await store.query(
						`SELECT p.id FROM priced_quotes p
						 WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.priced_quote_id = p.id)
						 AND EXISTS (SELECT 1 FROM priced_quotes n WHERE n.request_key = p.request_key AND n.id > p.id)
						 AND p.priced_at < $1`,
						[new Date(NOW + 6 * HOUR - HOUR).toISOString()]
					);
					expect(kept).toEqual([]);
				}
			),
			{ numRuns: 60 }
		);
	}, 120_000);
});
