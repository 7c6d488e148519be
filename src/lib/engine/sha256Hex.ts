/**
 * SHA-256 (FIPS 180-4) in plain TypeScript: synchronous, and the same in browsers and Node.
 */

// The constants are computed rather than listed (FIPS 180-4 defines them so), which keeps the
// widget's bundle smaller; tests/unit/engine/sha256.test.ts checks both against the standard.
const PRIMES: number[] = [];
for (let n = 2; PRIMES.length < 64; n++) if (PRIMES.every((p) => n % p)) PRIMES.push(n);
const bits = (x: number) => ((x - Math.floor(x)) * 2 ** 32) | 0;

/** The round constants: the first 32 bits of the fractional parts of the first 64 primes' cube roots. */
export const K = new Int32Array(PRIMES.map((p) => bits(Math.cbrt(p))));

/** The initial hash value: the same of the first 8 primes' square roots. */
export const INITIAL = PRIMES.slice(0, 8).map((p) => bits(Math.sqrt(p)));

const encoder = new TextEncoder();

const W = new Int32Array(64);

/** Runs the compression function over the 64-byte block of `bytes` at `offset`. */
function compress(state: Int32Array, bytes: Uint8Array, offset: number): void {
	const w = W;
	for (let i = 0, j = offset; i < 16; i++, j += 4)
		w[i] = (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3];
	for (let i = 16; i < 64; i++) {
		const x = w[i - 15];
		const y = w[i - 2];
		const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
		const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
		w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
	}
	let a = state[0];
	let b = state[1];
	let c = state[2];
	let d = state[3];
	let e = state[4];
	let f = state[5];
	let g = state[6];
	let h = state[7];
	for (let i = 0; i < 64; i++) {
		const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
		const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
		const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
		const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
		h = g;
		g = f;
		f = e;
		e = (d + t1) | 0;
		d = c;
		c = b;
		b = a;
		a = (t1 + t2) | 0;
	}
	state[0] = (state[0] + a) | 0;
	state[1] = (state[1] + b) | 0;
	state[2] = (state[2] + c) | 0;
	state[3] = (state[3] + d) | 0;
	state[4] = (state[4] + e) | 0;
	state[5] = (state[5] + f) | 0;
	state[6] = (state[6] + g) | 0;
	state[7] = (state[7] + h) | 0;
}

let scratch = new Uint8Array(4096);

/** UTF-8 bytes of a string; ASCII is copied straight into a reused buffer. */
function utf8(input: string): Uint8Array {
	const n = input.length;
	if (scratch.length < n) scratch = new Uint8Array(n * 2);
	for (let i = 0; i < n; i++) {
		const c = input.charCodeAt(i);
		if (c > 0x7f) return encoder.encode(input);
		scratch[i] = c;
	}
	return scratch.subarray(0, n);
}

/** The final one or two blocks: the leftover bytes, 0x80, zeros, and the bit length. */
function padding(bytes: Uint8Array, start: number): Uint8Array {
	const rest = bytes.length - start;
	const tail = new Uint8Array(rest < 56 ? 64 : 128);
	tail.set(bytes.subarray(start));
	tail[rest] = 0x80;
	// The bit length is 8 × length, split into two 32-bit words without leaving integer range.
	const high = Math.floor(bytes.length / 0x20000000);
	const low = (bytes.length << 3) >>> 0;
	const end = tail.length;
	tail[end - 8] = high >>> 24;
	tail[end - 7] = high >>> 16;
	tail[end - 6] = high >>> 8;
	tail[end - 5] = high;
	tail[end - 4] = low >>> 24;
	tail[end - 3] = low >>> 16;
	tail[end - 2] = low >>> 8;
	tail[end - 1] = low;
	return tail;
}

/**
 * SHA-256 digest as 64 lowercase hex digits. Strings are hashed as their UTF-8 bytes.
 *
 * @example
 * sha256Hex('abc'); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(input: string | Uint8Array): string {
	const bytes = typeof input === 'string' ? utf8(input) : input;
	const state = new Int32Array(INITIAL);
	const whole = bytes.length - (bytes.length % 64);
	for (let offset = 0; offset < whole; offset += 64) compress(state, bytes, offset);
	const tail = padding(bytes, whole);
	for (let offset = 0; offset < tail.length; offset += 64) compress(state, tail, offset);
	let hex = '';
	for (let i = 0; i < 8; i++) hex += (state[i] >>> 0).toString(16).padStart(8, '0');
	return hex;
}
