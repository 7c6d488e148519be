import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 hex of a string's UTF-8 bytes, or of bytes, with @noble/hashes: synchronous, and the
 * same in browsers and Node. The server passes node:crypto's (`nodeSha256`) and the widget the
 * browser's (`withId`); this one prices in the app's pages and is the widget's fallback.
 *
 * @example
 * sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(input: string | Uint8Array): string {
	return bytesToHex(sha256(typeof input === 'string' ? utf8ToBytes(input) : input));
}
