import type { Sql } from '../store';

/**
 * Deletes the priced quotes no outbox message refers to that are not the newest of their
 * request and older than `before` (an evaluation still running elsewhere may yet fire on a
 * recent one); how many.
 */
export async function deleteOldQuotes(sql: Sql, before: number): Promise<number> {
	const rows = await sql.query(
		`DELETE FROM priced_quotes p WHERE p.priced_at < $1
		 AND EXISTS (SELECT 1 FROM priced_quotes n WHERE n.request_key = p.request_key AND n.id > p.id)
		 AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.priced_quote_id = p.id)
		 RETURNING p.id`,
		[new Date(before).toISOString()]
	);
	return rows.length;
}
