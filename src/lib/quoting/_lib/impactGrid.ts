import { Dec, type midRates, minorUnits, roundTo, type Schedule } from '../../engine';
import type { ImpactAxes, ImpactRequest } from '../ImpactRow';

type MidRate = ReturnType<typeof midRates>;

const union = (...lists: (readonly string[])[]) => [...new Set(lists.flat())];
const keys = (o: Record<string, unknown> | undefined) => Object.keys(o ?? {});

/** `amount` of the base currency in `currency` at the mid rate, half-up on the minor-unit grid; null without a rate. */
function equivalent(amount: string, base: string, currency: string, mid: MidRate): string | null {
	const places = minorUnits(currency) ?? 0;
	try {
		const raw = new Dec(amount).times(mid(base, currency));
		const one = new Dec(1).dividedBy(new Dec(10).pow(places));
		return Dec.max(roundTo(raw, places, 'half-up'), one).toFixed(places);
	} catch {
		return null;
	}
}

/**
 * Every type × funding × payout × destination (× the destination's default target currency in
 * either version) × send currency × amount of two versions of a schedule, with the union of
 * their keys. The origin and profile are the first version's defaults (else the second's).
 */
export function impactGrid(
	a: Schedule,
	b: Schedule,
	mid: MidRate,
	options: { currencies: 'base' | 'all'; amounts: readonly string[] }
): { requests: ImpactRequest[]; axes: ImpactAxes } {
	const payouts = union(keys(a.payouts), keys(b.payouts));
	const base = a.baseCurrency;
	const wanted =
		options.currencies === 'all'
			? union([base], a.currencies, b.currencies)
			: union([base, b.baseCurrency]);
	const amountsIn = new Map<string, string[]>();
	for (const c of wanted) {
		const list = options.amounts.map((x) => equivalent(x, base, c, mid));
		if (list.every((x) => x !== null)) amountsIn.set(c, list as string[]);
	}
	const axes: ImpactAxes = {
		types: union(keys(a.types), keys(b.types)),
		funding: union(keys(a.funding), keys(b.funding)),
		payouts: payouts.length > 0 ? payouts : [null],
		destinations: union(keys(a.destinations), keys(b.destinations)),
		currencies: [...amountsIn.keys()],
		baseCurrency: base,
		amounts: [...options.amounts]
	};
	const profile = keys(a.profiles)[0] ?? keys(b.profiles)[0] ?? null;
	const origin = a.origins[0];
	const targetsOf = (d: string) =>
		union(
			...[a, b].map((s) =>
				Object.hasOwn(s.destinations, d) ? [s.destinations[d].currencies[0]] : []
			)
		);
	const requests: ImpactRequest[] = [];
	for (const type of axes.types)
		for (const funding of axes.funding)
			for (const payout of axes.payouts)
				for (const destination of axes.destinations)
					for (const targetCurrency of targetsOf(destination))
						for (const [currency, amounts] of amountsIn)
							for (const amount of amounts)
								requests.push({
									type,
									funding,
									payout,
									profile,
									origin,
									destination,
									currency,
									targetCurrency,
									amount
								});
	return { requests, axes };
}
