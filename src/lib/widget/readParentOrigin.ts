/** What the builder makes of a typed site origin: the origin, or why it is not one. */
export type OriginReading =
	| { ok: true; origin: string | null; added: boolean }
	| { ok: false; code: 'not_an_address' | 'not_http' | 'has_path' };

/**
 * A site origin as people type it: `shop.example` becomes `https://shop.example` (`added`), a
 * trailing slash is dropped; a path, query or other scheme is refused with a code. Empty is no
 * origin at all.
 *
 * @example
 * readParentOrigin('shop.example') // { ok: true, origin: 'https://shop.example', added: true }
 * readParentOrigin('https://shop.example/cart') // { ok: false, code: 'has_path' }
 */
export function readParentOrigin(text: string): OriginReading {
	const s = text.trim();
	if (s === '') return { ok: true, origin: null, added: false };
	const added = !/^[a-z][a-z0-9+.-]*:/i.test(s) || /^[^/]+:[0-9]+\/?$/.test(s);
	let url: URL;
	try {
		url = new URL(added ? `https://${s}` : s);
	} catch {
		return { ok: false, code: 'not_an_address' };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, code: 'not_http' };
	if (!url.hostname || url.username || url.password) return { ok: false, code: 'not_an_address' };
	if (url.pathname !== '/' || url.search || url.hash) return { ok: false, code: 'has_path' };
	return { ok: true, origin: url.origin, added };
}
