import fc from 'fast-check';
import type { Rules } from '$lib/schedules';
import { fromMinor, placesOf } from './minor';

/** Fixed instants requests are priced at; each is after the rate snapshots of every rules folder. */
export const INSTANTS = [
	'2026-04-01T00:00:00Z',
	'2026-08-01T00:00:00+08:00',
	'2027-03-01T12:00:00-05:00'
];

/** Mostly one of the declared values, now and then an undeclared one. */
function declaredOr<T>(declared: T[], odd: T): fc.Arbitrary<T> {
	if (declared.length === 0) return fc.constant(odd);
	return fc.oneof(
		{ weight: 40, arbitrary: fc.constantFrom(...declared) },
		{ weight: 1, arbitrary: fc.constant(odd) }
	);
}

/** An amount with at most `places` decimals, trailing zeros sometimes dropped ("100" for "100.00"). */
export function amountArb(currency: string | null): fc.Arbitrary<string> {
	const code = currency ?? 'JPY';
	let places: number;
	try {
		places = placesOf(code);
	} catch {
		places = 0;
	}
	const grid = places === 0 ? 'JPY' : places === 2 ? 'USD' : places === 3 ? 'KWD' : 'CLF';
	const units = fc.oneof(
		{ weight: 3, arbitrary: fc.bigInt({ min: 1n, max: 10n ** 5n }) },
		{ weight: 3, arbitrary: fc.bigInt({ min: 1n, max: 10n ** 7n }) },
		{ weight: 1, arbitrary: fc.bigInt({ min: 1n, max: 10n ** 12n }) }
	);
	return fc.tuple(units, fc.boolean()).map(([u, trim]) => {
		const text = fromMinor(u, grid);
		return trim && text.includes('.') ? text.replace(/\.?0+$/, '') : text;
	});
}

type Request = Record<string, string | number>;
const drop = (o: Record<string, string | number | undefined>): Request =>
	Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Request;

/** What was sent earlier in the period: mostly nothing, else zero to large amounts. */
export function sentArb(currency: string): fc.Arbitrary<string> {
	return fc.oneof(
		fc.constant('0'),
		amountArb(currency).map((a) => a)
	);
}

/**
 * Well-formed requests against any version of any schedule of a rules folder: mostly declared
 * keys, sometimes undeclared ones (blocked quotes), every mode, small to very large amounts.
 */
export function requestArb(rules: Rules): fc.Arbitrary<Request> {
	const versions = [...rules.schedules.values()].flat();
	return fc.constantFrom(...versions).chain(({ schedule: s }) => {
		const keys = (o: Record<string, unknown> | undefined) => Object.keys(o ?? {});
		const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });
		// Keys a schedule does not declare at all are mostly left out, sometimes named anyway.
		const optionalKey = (o: Record<string, unknown> | undefined, odd: string) =>
			o === undefined
				? fc.oneof(
						{ weight: 30, arbitrary: fc.constant(undefined) },
						{ weight: 1, arbitrary: fc.constant(odd) }
					)
				: optional(declaredOr(keys(o), odd));
		return fc
			.record({
				at: fc.constantFrom(...INSTANTS),
				version: optional(fc.constant(s.version)),
				type: declaredOr(keys(s.types), 'not_a_type'),
				funding: declaredOr(keys(s.funding), 'not_a_funding'),
				payout: optionalKey(s.payouts, 'not_a_payout'),
				profile: optionalKey(s.profiles, 'not_a_profile'),
				speed: optionalKey(s.speeds, 'not_a_speed'),
				transfersThisPeriod: optional(fc.integer({ min: 0, max: 5 })),
				origin: optional(declaredOr(s.origins, 'AQ')),
				destination: declaredOr(keys(s.destinations), 'AQ'),
				currency: declaredOr(s.currencies, 'CHF'),
				mode: fc.constantFrom('send', 'pay', 'receive'),
				locale: optional(fc.constantFrom('en', 'zh-CN'))
			})
			.chain((r) => {
				const dest = Object.hasOwn(s.destinations, r.destination)
					? s.destinations[r.destination]
					: undefined;
				const target = optional(declaredOr(dest?.currencies ?? [], 'EUR'));
				return target.chain((targetCurrency) => {
					const shownTarget = targetCurrency ?? dest?.currencies[0] ?? null;
					const amount = amountArb(r.mode === 'receive' ? shownTarget : r.currency);
					const sent = optional(sentArb(r.currency));
					return fc
						.tuple(amount, sent)
						.map(([a, sentThisPeriod]) =>
							drop({ schedule: s.id, ...r, targetCurrency, sentThisPeriod, amount: a })
						);
				});
			});
	});
}
