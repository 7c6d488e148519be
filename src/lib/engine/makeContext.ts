import type { Context, Facts } from './context';
import type { RateSnapshot, ResolvedRequest, Schedule } from './types';
import { matchFacts } from './matchCondition';
import { midRates } from './midRates';

const NO_SNAPSHOT = {};
const readCaches = new WeakMap<object, Context['readCache']>();

/** MoneyMaps read in a currency depend only on the map and the snapshot: share them across quotes. */
function readCacheFor(snapshot: RateSnapshot | null): Context['readCache'] {
	const key = snapshot ?? NO_SNAPSHOT;
	let cache = readCaches.get(key);
	if (!cache) readCaches.set(key, (cache = new Map()));
	return cache;
}

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

type Matching = Pick<Context, 'sender' | 'recipient' | 'fx' | 'limits' | 'notices' | 'delivery'>;

const MAX_CACHED = 4096;
const matchingCache = new WeakMap<Schedule, Map<string, Matching>>();

/** The schedule's entries whose keys other than `amount` match the facts; memoised per schedule. */
function matchingFor(schedule: Schedule, facts: Facts): Matching {
	const key = Object.values(facts).join('\u0000');
	let perSchedule = matchingCache.get(schedule);
	if (!perSchedule) matchingCache.set(schedule, (perSchedule = new Map()));
	let m = perSchedule.get(key);
	if (m) return m;
	const matching = <T extends { when: object }>(list: T[] | undefined) =>
		(list ?? []).filter((e) => matchFacts(schedule, e.when, facts));
	const fees = matching(schedule.fees);
	m = {
		sender: fees.filter((c) => (c.payer ?? 'sender') === 'sender'),
		recipient: fees.filter((c) => c.payer === 'recipient'),
		fx: matching(schedule.fx),
		limits: matching(schedule.limits),
		notices: matching(schedule.notices),
		delivery: matching(schedule.delivery)
	};
	if (perSchedule.size >= MAX_CACHED) perSchedule.clear();
	perSchedule.set(key, m);
	return m;
}

/** Prepares a request for pricing: facts, rates and the entries whose non-amount keys match. */
export function makeContext(
	schedule: Schedule,
	snapshot: RateSnapshot | null,
	request: ResolvedRequest
): Context {
	const facts = factsOf(request);
	return {
		schedule,
		request,
		facts,
		mid: midRates(snapshot),
		send: request.currency,
		target: request.targetCurrency ?? request.currency,
		rounding: schedule.rounding ?? 'half-up',
		conversionRounding: schedule.conversionRounding ?? schedule.rounding ?? 'half-up',
		...matchingFor(schedule, facts),
		readCache: readCacheFor(snapshot)
	};
}
