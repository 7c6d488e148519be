import type { QuoteResult } from '../../engine';
import type { Sql } from '../store';

/**
 * Keeps each priced quote once, with the figures conditions are about as numbers (null when the
 * request could not be priced), in one INSERT; the id of each, in their order (their keys are distinct). Its
 * JSON is written by keepQuoteJson, when a message first refers to it.
 */
export async function storeQuotes(
	sql: Sql,
	priced: { key: string; quote: QuoteResult | null }[],
	pricedAt: string
): Promise<number[]> {
	if (priced.length === 0) return [];
	// One JSON parameter: cheaper to send and read than eight arrays of a thousand strings.
	const rows = priced.map(({ key, quote: q }) => ({
		k: key,
		a: q?.allowed ?? false,
		ra: q?.received?.amount,
		rc: q?.received?.currency,
		ca: q?.cost?.total.amount,
		cc: q?.cost?.total.currency,
		cp: q?.cost?.percent
	}));
	const made = await sql.query<{ id: number | string; key: string }>(
		`INSERT INTO priced_quotes (request_key, priced_at, allowed, received_amount,
			received_currency, cost_amount, cost_currency, cost_percent)
		 SELECT k, $2, a, ra, rc, ca, cc, cp FROM json_to_recordset($1::json)
			AS u(k text, a boolean, ra numeric, rc text, ca numeric, cc text, cp numeric)
		 RETURNING id, request_key AS key`,
		[JSON.stringify(rows), pricedAt]
	);
	const ids = new Map(made.map((r) => [r.key, Number(r.id)]));
	return priced.map((p) => ids.get(p.key)!);
}

/**
 * Writes the JSON of the quotes `ids` (of `quotes`, by id) that have none yet, in the caller's
 * transaction: the one that puts the first message referring to each in the outbox.
 */
export async function keepQuoteJson(
	sql: Sql,
	ids: number[],
	quoteOf: (id: number) => QuoteResult
): Promise<void> {
	if (ids.length === 0) return;
	await sql.query(
		`INSERT INTO priced_quote_bodies (id, quote)
		 SELECT id, q FROM json_to_recordset($1::json) AS u(id bigint, q json)
		 ON CONFLICT (id) DO NOTHING`,
		[`[${ids.map((id) => `{"id":${id},"q":${JSON.stringify(quoteOf(id))}}`).join(',')}]`]
	);
}
