import { createHash } from 'node:crypto';

/** SHA-256 hex of a string's UTF-8 bytes with Node's native hash: the engine's pure one, faster. */
export function nodeSha256(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}
