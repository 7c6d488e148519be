import type { Context, Facts } from './context';
import type { RateSnapshot, ResolvedRequest, Schedule } from './types';
import { matchFacts } from './matchCondition';
import { midRates } from './midRates';

/** The facts of a request that conditions match against. */
export function factsOf(r: ResolvedRequest): Facts {
	return {
		type: r.type,
		funding: r.funding,
		payout: r.payout,
		profile: r.profile,
		currency: r.currency,
		targetCurrency: r.targetCurrency,
		origin: r.origin,
		destination: r.destination,
		scope: r.origin === r.destination ? 'domestic' : 'international'
	};
}

/** Prepares a request for pricing: facts, rates and the entries whose non-amount keys match. */
export function makeContext(
	schedule: Schedule,
	snapshot: RateSnapshot | null,
	request: ResolvedRequest
): Context {
	const facts = factsOf(request);
	const matching = <T extends { when: object }>(list: T[] | undefined) =>
		(list ?? []).filter((e) => matchFacts(schedule, e.when, facts));
	const fees = matching(schedule.fees);
	return {
		schedule,
		request,
		facts,
		mid: midRates(snapshot),
		send: request.currency,
		target: request.targetCurrency ?? request.currency,
		rounding: schedule.rounding ?? 'half-up',
		conversionRounding: schedule.conversionRounding ?? schedule.rounding ?? 'half-up',
		sender: fees.filter((c) => (c.payer ?? 'sender') === 'sender'),
		recipient: fees.filter((c) => c.payer === 'recipient'),
		fx: matching(schedule.fx),
		readCache: new Map()
	};
}
