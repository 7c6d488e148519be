import type { QuoteResult } from '../../engine';
import type { Sql } from '../store';

/** What an alert's last firing told: the quote it fired on, and when that was priced. */
export interface Firing {
	quote: QuoteResult;
	pricedAt: string;
}

/**
 * The quote of an alert's last firing (its `firings`-th), as its message has it (the priced quote
 * it refers to, or the quote itself in a message written before they were kept apart); null
 * when it never fired or that message is gone. Read by its outbox key, unique.
 */
export async function lastFiring(
	sql: Sql,
	alert: { id: string; firings: number }
): Promise<Firing | null> {
	if (alert.firings === 0) return null;
	const keys = ['email', 'webhook'].map((c) => `${alert.id}:fired:${alert.firings}:${c}`);
	const [row] = await sql.query<{ quote: QuoteResult | null; pricedAt: string | null }>(
		`SELECT coalesce(b.quote::jsonb, o.payload -> 'quote') AS quote, o.payload ->> 'pricedAt' AS "pricedAt"
		 FROM outbox o LEFT JOIN priced_quote_bodies b ON b.id = o.priced_quote_id
		 WHERE o.dedupe_key = ANY ($1::text[]) ORDER BY o.id LIMIT 1`,
		[keys]
	);
	return row?.quote && row.pricedAt ? { quote: row.quote, pricedAt: row.pricedAt } : null;
}
