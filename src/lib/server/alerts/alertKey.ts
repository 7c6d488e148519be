import { randomBytes } from 'node:crypto';
import type { Store } from '../store';

/**
 * The key that signs alert links: FEECALC_SECRET when it is set, else one made once and kept in
 * the store, so that every instance on the database, and every restart, signs with the same key
 * (a link in an email must still open a month later).
 */
export async function alertKey(
	store: Store,
	secret = process.env.FEECALC_SECRET ?? ''
): Promise<Uint8Array> {
	if (secret !== '') return Buffer.from(secret, 'utf8');
	await store.query(
		`INSERT INTO feecalc_secrets (name, value) VALUES ('alert-links', $1) ON CONFLICT (name) DO NOTHING`,
		[randomBytes(32).toString('base64url')]
	);
	const [row] = await store.query<{ value: string }>(
		`SELECT value FROM feecalc_secrets WHERE name = 'alert-links'`
	);
	return Buffer.from(row.value, 'base64url');
}
