import type { Store } from '../../src/lib/server/store';

/**
 * Puts `count` active, armed alerts on `requests` (in turn) into the store, 5,000 an INSERT
 * (unnest of arrays): ids a0000000, a0000001, …, each with an email; `condition(i)` as JSON.
 */
export async function bulkAlerts(
	store: Store,
	requests: readonly object[],
	count: number,
	condition: (i: number) => object
): Promise<void> {
	const keys = requests.map((r) => JSON.stringify(r));
	const chunk = 5_000;
	for (let from = 0; from < count; from += chunk) {
		const ids: string[] = [];
		const reqs: string[] = [];
		const conds: string[] = [];
		for (let i = from; i < Math.min(count, from + chunk); i++) {
			ids.push(`a${String(i).padStart(7, '0')}`);
			reqs.push(keys[i % keys.length]);
			conds.push(JSON.stringify(condition(i)));
		}
		await store.query(
			`INSERT INTO alerts (id, request, request_key, condition, email, locale, status, created_at, confirmed_at)
			 SELECT id, req::jsonb, req, cond::jsonb, id || '@example.com', 'en', 'active', now(), now()
			 FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, req, cond)`,
			[ids, reqs, conds]
		);
	}
}
