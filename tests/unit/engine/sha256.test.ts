import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { INITIAL, K, sha256Hex } from '../../../src/lib/engine/sha256Hex';

const oracle = (input: string | Uint8Array): string =>
	createHash('sha256').update(input).digest('hex');

describe('sha256Hex', () => {
	it.each([
		['the empty string', ''],
		['abc', 'abc'],
		['a multi-block string', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'.repeat(5)],
		['non-ASCII text', '国际转账手续费，汇率加价与到账时间'],
		['an emoji', 'fee 💸 calculator']
	])('matches node:crypto for %s', (_, input) => {
		expect(sha256Hex(input)).toBe(oracle(input));
	});

	it('matches the FIPS 180-4 test vectors', () => {
		expect(sha256Hex('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
		expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
	});

	it.each([0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129])(
		'matches node:crypto for %i bytes around the padding boundaries',
		(length) => {
			const text = 'x'.repeat(length);
			const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff);
			expect(sha256Hex(text)).toBe(oracle(text));
			expect(sha256Hex(bytes)).toBe(oracle(bytes));
		}
	);

	it('hashes a string and its UTF-8 bytes the same', () => {
		const text = '汇率 rate €';
		expect(sha256Hex(text)).toBe(sha256Hex(new TextEncoder().encode(text)));
	});

	it('matches node:crypto for a 1 MB random buffer', () => {
		const bytes = new Uint8Array(randomBytes(1024 * 1024));
		expect(sha256Hex(bytes)).toBe(oracle(bytes));
	});

	it('hashes a subarray by its own bytes only', () => {
		const bytes = new Uint8Array(randomBytes(300));
		const view = bytes.subarray(17, 250);
		expect(sha256Hex(view)).toBe(oracle(Buffer.from(view)));
	});

	it('does not mutate its input', () => {
		const bytes = new Uint8Array(randomBytes(100));
		const copy = bytes.slice();
		sha256Hex(bytes);
		expect(bytes).toEqual(copy);
	});
});

describe('the SHA-256 constants', () => {
	// FIPS 180-4, 4.2.2 and 5.3.3, as the standard lists them.
	const ROUNDS = [
		0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
		0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
		0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
		0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
		0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
		0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
		0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
		0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
	];
	const START = [
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
	];
	const unsigned = (xs: ArrayLike<number>) => Array.from(xs, (x) => x >>> 0);

	it('computes the 64 round constants the standard lists', () => {
		expect(unsigned(K)).toEqual(ROUNDS);
	});

	it('computes the initial hash value the standard lists', () => {
		expect(unsigned(INITIAL)).toEqual(START);
	});
});
