import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestSchema } from '$lib/quoting';
import { wellFormedRequest } from '$lib/quoting/_lib/wellFormedRequest';
import { runs } from '../../_lib/runs';

// The README's first request, as the API's GET takes it.
const VALID = Object.fromEntries(
	new URLSearchParams(
		'schedule=wallet-standard&type=transfer&funding=debit_card&destination=MX&currency=USD&mode=send&amount=250.00'
	)
);

// Each field's value: well formed, malformed, of another type, or missing; and keys zod refuses.
const value = fc.oneof(
	fc.constantFrom('wallet-standard', 'transfer', 'MX', 'USD', 'send', 'receive', 'zh-CN', 'en'),
	fc.constantFrom('250.00', '0', '1e3', '-1', '12345678901234567', '', 'Transfer', 'mx', 'usd'),
	fc.constantFrom('2026-11-22T10:00:00Z', 'x', 'a.b-c_d', '0.5'),
	fc.constantFrom(0, 2, -0, 1.5, 100000, 100001, -1, NaN, Infinity, null, undefined, true),
	fc.constantFrom({}, [], ['USD'])
);
const KEYS = [
	...Object.keys(requestSchema.shape),
	'extra',
	'hints',
	'__proto__',
	'constructor',
	'toString'
];
const request = fc
	.tuple(
		fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 3 }),
		fc.oneof(
			{ arbitrary: fc.constant(Object.keys(VALID)), weight: 3 },
			{ arbitrary: fc.subarray(Object.keys(VALID)), weight: 1 }
		)
	)
	.map(([changes, kept]) => ({
		...Object.fromEntries(kept.map((k) => [k, VALID[k]])),
		...changes
	}));

describe('wellFormedRequest', () => {
	it('gives what zod gives, keys in its order, or leaves the request to zod', () => {
		fc.assert(
			fc.property(request, (input) => {
				const plain = wellFormedRequest(input);
				if (plain === null) return;
				const parsed = requestSchema.safeParse(input);
				expect(parsed.success).toBe(true);
				expect(plain).toEqual(parsed.data);
				expect(Object.keys(plain)).toEqual(Object.keys(parsed.data!));
			}),
			{ numRuns: runs(20000) }
		);
	});

	it('takes the common request itself, every optional field too', () => {
		const full = {
			...VALID,
			version: '2026-12-06',
			at: '2026-12-07T08:00:00Z',
			payout: 'bank_account',
			profile: 'verified',
			speed: 'economy',
			sentThisPeriod: '800.00',
			transfersThisPeriod: 2,
			origin: 'US',
			targetCurrency: 'MXN',
			locale: 'zh-CN'
		};
		for (const input of [VALID, full]) {
			expect(wellFormedRequest(input)).toEqual(requestSchema.parse(input));
			expect(wellFormedRequest(input)).not.toBe(input);
		}
	});

	it('leaves anything but a plain object to zod', () => {
		expect(wellFormedRequest(Object.assign(Object.create({ schedule: 'x' }), VALID))).toBeNull();
		expect(wellFormedRequest({ ...VALID, amount: undefined })).toBeNull();
	});
});
