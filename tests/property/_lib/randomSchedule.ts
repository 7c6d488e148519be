import fc from 'fast-check';
import { fromMinor } from './minor';
import { scheduleJson, type ScheduleJson } from './rules';

type Json = Record<string, unknown>;

const drop = (o: Json): Json =>
	Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Present half of the time. */
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
/** Present a fifth of the time. */
const rarely = <T>(a: fc.Arbitrary<T>) =>
	fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });

/** A decimal string of 0..max minor units of a currency (its own number of decimals). */
const amountIn = (currency: string, max: number, min = 0) =>
	fc.integer({ min, max }).map((u) => fromMinor(BigInt(u), currency));

/** Percent strings from 0 to max/100 with two decimals. */
const percentArb = (max: number) =>
	fc.integer({ min: 0, max }).map((u) => fromMinor(BigInt(u), 'USD'));

/** How many minor units of each currency one US cent is worth, roughly. */
const PER_CENT: Record<string, number> = { USD: 1, JPY: 2, MXN: 18, KWD: 3 };

type Units = Record<string, number>;

/** MoneyMap amounts in minor units: the USD base entry and sometimes own entries for others. */
function unitsArb(maxUsdCents: number): fc.Arbitrary<Units> {
	const own = (c: string) => maybe(fc.integer({ min: 0, max: maxUsdCents * PER_CENT[c] }));
	return fc
		.record({
			USD: fc.integer({ min: 0, max: maxUsdCents }),
			JPY: own('JPY'),
			MXN: own('MXN'),
			KWD: own('KWD')
		})
		.map((u) => drop(u) as Units);
}

const toMap = (u: Units): Json =>
	Object.fromEntries(Object.entries(u).map(([c, v]) => [c, fromMinor(BigInt(v), c)]));

const moneyMapArb = (maxUsdCents: number) => unitsArb(maxUsdCents).map(toMap);

/** min and max MoneyMaps (either, both or neither) with min <= max in every currency both name. */
const clampArb = fc
	.tuple(unitsArb(400), unitsArb(600), fc.constantFrom('none', 'min', 'max', 'both'))
	.map(([min, extra, which]) => {
		const max = Object.fromEntries(
			Object.entries(min).map(([c, v]) => [c, v + (extra[c] ?? extra.USD)])
		);
		return {
			min: which === 'min' || which === 'both' ? toMap(min) : undefined,
			max: which === 'max' || which === 'both' ? toMap(max) : undefined
		};
	});

/** Bracket bounds in each tier currency, in minor units: about 1 to 50 US dollars. */
const TIER_RANGE: Record<string, [string, number, number]> = {
	USD: ['USD', 100, 5_000],
	EUR: ['EUR', 100, 5_000],
	JPY: ['JPY', 100, 8_000],
	MXN: ['MXN', 2_000, 90_000]
};

const tiersArb = fc.constantFrom('USD', 'EUR', 'JPY', 'MXN').chain((currency) => {
	const [grid, lo, hi] = TIER_RANGE[currency];
	return fc
		.record({
			mode: fc.constantFrom('volume', 'graduated'),
			bounds: fc.uniqueArray(fc.integer({ min: lo, max: hi }), { minLength: 0, maxLength: 3 }),
			rates: fc.array(
				fc.record({
					percent: maybe(percentArb(1_000)),
					fixed: maybe(amountIn(grid, Math.floor(hi / 15)))
				}),
				{ minLength: 4, maxLength: 4 }
			)
		})
		.map(({ mode, bounds, rates }) => {
			const upTos = [...bounds].sort((a, b) => a - b).map((u) => fromMinor(BigInt(u), grid));
			const brackets = [...upTos, null].map((upTo, i) => drop({ upTo, ...rates[i] }));
			return { currency, mode, brackets };
		});
});

/** Tiers placed after the period's earlier volume a third of the time. */
const anyTiersArb = fc
	.tuple(tiersArb, fc.integer({ min: 0, max: 2 }))
	.map(([t, k]) => (k === 0 ? { ...t, basis: 'period' } : t));

/** An amount condition with bounds between 0.50 and 40 US dollars (sometimes an own JPY bound). */
const boundArb = fc
	.record({ USD: amountIn('USD', 4_000, 50), JPY: rarely(amountIn('JPY', 6_000, 80)) })
	.map(drop);
const amountConditionArb = fc
	.record({
		gte: maybe(boundArb),
		gt: maybe(boundArb),
		lte: rarely(boundArb),
		lt: rarely(boundArb)
	})
	.map(drop)
	.filter((a) => Object.keys(a).length > 0);

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const weekTimeArb = fc
	.tuple(fc.constantFrom(...DAYS), fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30))
	.map(([d, h, m]) => `${d} ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
/** Weekly windows in a few zones, some wrapping past Sunday midnight. */
const windowArb = fc
	.record({
		timeZone: fc.constantFrom('America/New_York', 'Asia/Manila', 'Europe/London', 'UTC'),
		from: weekTimeArb,
		to: weekTimeArb
	})
	.filter((w) => w.from !== w.to);
const countArb = fc
	.record({
		lt: maybe(fc.integer({ min: 0, max: 4 })),
		gte: rarely(fc.integer({ min: 0, max: 3 }))
	})
	.map(drop)
	.filter((c) => Object.keys(c).length > 0);

const whenArb = fc
	.record({
		amount: maybe(amountConditionArb),
		window: rarely(windowArb),
		transfersThisPeriod: rarely(countArb)
	})
	.map(drop);

function componentArb(payer: 'sender' | 'recipient', index: number): fc.Arbitrary<Json> {
	return fc
		.record({
			category: maybe(fc.constantFrom('fee', 'tax')),
			payerShown: fc.boolean(),
			when: whenArb,
			percent: maybe(percentArb(payer === 'sender' ? 1_500 : 800)),
			fixed: maybe(moneyMapArb(500)),
			tiers: maybe(anyTiersArb),
			allowance: rarely(moneyMapArb(3_000)),
			clamp: clampArb
		})
		.map(({ payerShown, clamp, ...c }) =>
			drop({
				id: `${payer}-${index}`,
				name: { en: `${payer} component ${index}` },
				payer: payer === 'sender' && !payerShown ? undefined : payer,
				...c,
				...clamp
			})
		);
}

/** Up to `max` components of one side, with ids in order. */
const componentsArb = (payer: 'sender' | 'recipient', max: number): fc.Arbitrary<Json[]> =>
	fc
		.integer({ min: payer === 'sender' ? 1 : 0, max })
		.chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => componentArb(payer, i))))
		.map((components): Json[] => [...components]);

const fxArb = fc.array(fc.record({ when: whenArb, marginPercent: percentArb(500) }), {
	maxLength: 3
});

const rounding = fc.constantFrom('half-up', 'half-even', 'down', 'up');

/**
 * Small random schedules full of jumps: percent, fixed, min/max, volume and graduated tiers
 * in several currencies, amount conditions on fees and fx, on both the sender and recipient side.
 */
export const randomScheduleArb: fc.Arbitrary<ScheduleJson> = fc
	.record({
		rounding,
		conversionRounding: maybe(rounding),
		sender: componentsArb('sender', 3),
		recipient: componentsArb('recipient', 2),
		fx: fxArb
	})
	.map(({ sender, recipient, ...rest }) =>
		scheduleJson(
			'random',
			drop({ ...rest, usagePeriod: 'calendar-month', fees: [...sender, ...recipient] })
		)
	);

/** Usage before the transfer: sometimes none, sometimes up to about 40 US dollars' worth (cents). */
export const usageArb = fc.record({
	cents: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 4_000 })),
	transfersThisPeriod: fc.integer({ min: 0, max: 4 })
});

/** The request fields of a usage pick, `sentThisPeriod` in the send currency. */
export function usageFields(
	currency: string,
	u: { cents: number; transfersThisPeriod: number }
): { sentThisPeriod: string; transfersThisPeriod: number } {
	const sent = fromMinor(BigInt(u.cents * (PER_CENT[currency] ?? 1)), currency);
	return { sentThisPeriod: sent, transfersThisPeriod: u.transfersThisPeriod };
}

/** Corridors the random schedules are scanned on: 0, 2 and 3 decimals, with and without conversion. */
export const RANDOM_CORRIDORS = [
	{ currency: 'USD', destination: 'MX', targetCurrency: 'MXN', n: 3_000 },
	{ currency: 'USD', destination: 'US', targetCurrency: 'USD', n: 3_000 },
	{ currency: 'USD', destination: 'KW', targetCurrency: 'KWD', n: 3_000 },
	{ currency: 'JPY', destination: 'US', targetCurrency: 'USD', n: 4_000 },
	{ currency: 'JPY', destination: 'KR', targetCurrency: 'KRW', n: 4_000 },
	{ currency: 'KWD', destination: 'JP', targetCurrency: 'JPY', n: 4_000 }
].map(({ n, ...c }) => ({
	n,
	request: { schedule: 'random', type: 'transfer', funding: 'balance', ...c }
}));
