import type { PriceOptions } from '../quoting';
import { noticeMessage } from '../words';
import { nodeSha256 } from './nodeSha256';

/**
 * How the server prices: at `now`, with node:crypto's SHA-256 for quote ids and the project's
 * words for the engine's notices (the engine takes both as arguments; the browser passes its own).
 *
 * @example
 * quote(getRules(), request, quoteOptions()) // priced now, its id hashed by node:crypto
 */
export function quoteOptions(now: number = Date.now()): PriceOptions {
	return { now, sha256: nodeSha256, words: noticeMessage };
}
