import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/lib/engine/sha256Hex';

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
