import { openToken, signToken } from '..';

/** What an alert's links may do: confirm it, or show, pause and delete it (and unsubscribe). */
export type LinkAction = 'confirm' | 'manage';

const DAY = 86_400_000;
/** A confirmation link lasts as long as an unconfirmed alert is kept; a manage link a year. */
const LIFETIME: Record<LinkAction, number> = { confirm: 2 * DAY, manage: 366 * DAY };

/** A signed token for one alert and one action, expiring with the action's lifetime. */
export function alertToken(id: string, action: LinkAction, now: number, key: Uint8Array): string {
	return signToken({ a: id, do: action, exp: now + LIFETIME[action] }, key);
}

export type TokenReading =
	{ ok: true; id: string } | { ok: false; code: 'invalid_link' | 'expired_link' };

/** The alert a token names for `action`, when it is ours, unchanged and not expired. */
export function readAlertToken(
	token: string,
	action: LinkAction,
	{ now, key }: { now: number; key: Uint8Array }
): TokenReading {
	const opened = openToken(token, key);
	const p = (opened.ok ? opened.payload : null) as {
		a?: unknown;
		do?: unknown;
		exp?: unknown;
	} | null;
	if (!p || typeof p.a !== 'string' || p.do !== action || typeof p.exp !== 'number')
		return { ok: false, code: 'invalid_link' };
	return p.exp < now ? { ok: false, code: 'expired_link' } : { ok: true, id: p.a };
}
