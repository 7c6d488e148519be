import type { PriceOptions } from '../quoting';
import { nodeSha256 } from './nodeSha256';

/**
 * How the server prices: at `now`, with node:crypto's SHA-256 for quote ids (the engine takes
 * the hash as an argument; the browser passes its own).
 *
 * @example
 * quote(getRules(), request, quoteOptions()) // priced now, its id hashed by node:crypto
 */
export function quoteOptions(now: number = Date.now()): PriceOptions {
	return { now, sha256: nodeSha256 };
}
