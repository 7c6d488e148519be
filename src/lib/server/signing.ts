import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

let key: Uint8Array | null = null;

/**
 * The key that signs tokens: the UTF-8 bytes of `FEECALC_SECRET`, read at first use. Without it,
 * a random key for this process, with a warning: its tokens verify nowhere else and not after a
 * restart.
 */
export function signingKey(): Uint8Array {
	if (key) return key;
	const secret = process.env.FEECALC_SECRET ?? '';
	if (secret === '') {
		console.warn(
			'feecalc: FEECALC_SECRET is not set; quotes are confirmed with a random key that only this process knows'
		);
		key = randomBytes(32);
	} else {
		if (Buffer.byteLength(secret) < 32)
			console.warn('feecalc: FEECALC_SECRET is shorter than 32 bytes; use a longer random one');
		key = Buffer.from(secret, 'utf8');
	}
	return key;
}

const mac = (text: string, k: Uint8Array) =>
	createHmac('sha256', k).update(text, 'utf8').digest('base64url');

/**
 * A signed token: base64url of the payload's JSON, a dot, base64url of its HMAC-SHA-256.
 *
 * @example
 * signToken({ a: 1 }, key) // 'eyJhIjoxfQ.…'
 */
export function signToken(payload: unknown, k: Uint8Array = signingKey()): string {
	const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
	return `${body}.${mac(body, k)}`;
}

const TOKEN = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;

/**
 * The payload of a token this key signed, or `{ ok: false }` for anything else: a token that is
 * malformed, altered in any character, or signed with another key.
 */
export function openToken(
	token: string,
	k: Uint8Array = signingKey()
): { ok: true; payload: unknown } | { ok: false } {
	const m = TOKEN.exec(token);
	if (!m) return { ok: false };
	const given = Buffer.from(m[2], 'utf8');
	const expected = Buffer.from(mac(m[1], k), 'utf8');
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false };
	try {
		return { ok: true, payload: JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8')) };
	} catch {
		return { ok: false };
	}
}
