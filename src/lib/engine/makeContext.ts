import type { Context, Facts } from './context';
import type { RateSnapshot, ResolvedRequest, Schedule, Window } from './types';
import { Dec, ZERO } from './decimal';
import { matchFacts } from './matchFacts';
import { inWindow } from './weekWindow';
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
		speed: r.speed ?? null,
		currency: r.currency,
		targetCurrency: r.targetCurrency,
		origin: r.origin,
		destination: r.destination,
		scope: r.origin === r.destination ? 'domestic' : 'international',
		transfersThisPeriod: r.transfersThisPeriod ?? 0,
		at: Date.parse(r.at)
	};
}

const windowsMemo = new WeakMap<Schedule, Window[]>();

/** Every window a schedule's conditions name, once each. */
export function windowsOf(schedule: Schedule): Window[] {
	let out = windowsMemo.get(schedule);
	if (out) return out;
	const seen = new Map<string, Window>();
	const entries = [
		...schedule.fees,
		...(schedule.fx ?? []),
		...(schedule.limits ?? []),
		...(schedule.notices ?? []),
		...(schedule.delivery ?? [])
	];
	for (const e of entries)
		for (const w of [e.when.window ?? []].flat()) seen.set(`${w.timeZone} ${w.from} ${w.to}`, w);
	windowsMemo.set(schedule, (out = [...seen.values()]));
	return out;
}

/** What the matching entries depend on: the facts, with the instant only as the windows it is in. */
function matchingKey(schedule: Schedule, f: Facts): string {
	let key = `${f.type}\u0000${f.funding}\u0000${f.payout}\u0000${f.profile}\u0000${f.speed}\u0000${f.currency}\u0000${f.targetCurrency}\u0000${f.origin}\u0000${f.destination}\u0000${f.transfersThisPeriod}`;
	for (const w of windowsOf(schedule)) key += inWindow(w, f.at) ? '1' : '0';
	return key;
}

type Matching = Pick<Context, 'sender' | 'recipient' | 'fx' | 'limits' | 'notices' | 'delivery'>;

const MAX_CACHED = 4096;
const matchingCache = new WeakMap<Schedule, Map<string, Matching>>();

/** The schedule's entries whose keys other than `amount` match the facts; memoised per schedule. */
function matchingFor(schedule: Schedule, facts: Facts): Matching {
	const key = matchingKey(schedule, facts);
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
		sent: request.sentThisPeriod === undefined ? ZERO : new Dec(request.sentThisPeriod),
		...matchingFor(schedule, facts),
		readCache: readCacheFor(snapshot)
	};
}
