import type { QuoteResult, Schedule } from '../engine';
import type { PriceOptions } from './PriceOptions';
import type { Rules } from '../schedules';
import type { RequestIssue } from './RequestIssue';
import { limitAlternative } from './_lib/limitAlternative';
import { rankByCost } from './_lib/rankByCost';
import { quote } from './quote';

/** What to change in the request: one key, or the amount. */
export type AlternativeChange = Partial<
	Record<'funding' | 'payout' | 'profile' | 'speed' | 'targetCurrency' | 'amount', string>
>;
export interface Alternative {
	change: AlternativeChange;
	quote: QuoteResult;
}
export type AlternativesOutcome =
	{ ok: true; alternatives: Alternative[] } | { ok: false; issues: RequestIssue[] };

const names = (v: string | string[] | undefined, key: string) =>
	Array.isArray(v) ? v.includes(key) : v === key;

/** A profile that a block notice names is a state of the account (frozen), not a choice. */
const imposed = (s: Schedule, profile: string | null) =>
	profile !== null &&
	(s.notices ?? []).some((n) => n.severity === 'block' && names(n.when.profile, profile));

/** Whether a block of the quote depends on the profile: a limit or notice that names profiles. */
function profileBlocks(s: Schedule, q: QuoteResult): boolean {
	return q.notices.some(
		(n) =>
			n.severity === 'block' &&
			(n.code === 'unsupported_profile' ||
				(n.limit
					? s.limits?.find((l) => l.id === n.limit!.id)?.when.profile
					: s.notices?.find((x) => x.id === n.code)?.when.profile) !== undefined)
	);
}

/** The one-key changes worth pricing for a blocked quote. */
function keyChanges(s: Schedule, q: QuoteResult): AlternativeChange[] {
	const r = q.request;
	const other = (keys: string[], current: string | null) => keys.filter((k) => k !== current);
	const out: AlternativeChange[] = [
		...other(Object.keys(s.funding), r.funding).map((funding) => ({ funding })),
		...other(Object.keys(s.payouts ?? {}), r.payout).map((payout) => ({ payout })),
		...other(Object.keys(s.speeds ?? {}), r.speed ?? null).map((speed) => ({ speed }))
	];
	if (profileBlocks(s, q) && !imposed(s, r.profile))
		for (const profile of other(Object.keys(s.profiles ?? {}), r.profile))
			if (!imposed(s, profile)) out.push({ profile });
	const dest = Object.hasOwn(s.destinations, r.destination) ? s.destinations[r.destination] : null;
	if (dest && q.notices.some((n) => n.code === 'unsupported_target_currency'))
		for (const targetCurrency of dest.currencies) out.push({ targetCurrency });
	return out;
}

/**
 * For a blocked quote, the nearest requests that are allowed, each priced, cheapest `cost.total`
 * first (ties in this order): another funding source, another payout method, another profile
 * (only when a block depends on the profile, never to or from a profile that a block notice
 * names, such as `frozen`: "verify your account" is the change `{profile: 'verified'}`), a
 * currency the destination takes when the target currency is unsupported, another speed (a
 * faster or slower one can lift a block that names a speed), and for limits the
 * nearest amount in the request's mode that meets every limit. One thing changes at a time; an
 * allowed request has no alternatives.
 *
 * @example
 * findAlternatives(rules, { schedule: 'wallet-standard', type: 'withdrawal', funding: 'debit_card', destination: 'US', currency: 'USD', mode: 'send', amount: '100.00' }, { now: Date.now() })
 * // { ok: true, alternatives: [{ change: { funding: 'balance' }, quote: { allowed: true, … } }] }
 */
export function findAlternatives(
	rules: Rules,
	input: unknown,
	options: PriceOptions
): AlternativesOutcome {
	const base = quote(rules, input, options);
	if (!base.ok) return base;
	const q = base.quote;
	if (q.allowed) return { ok: true, alternatives: [] };
	const s = rules.schedules
		.get(q.schedule.id)!
		.find((v) => v.schedule.version === q.schedule.version)!.schedule;
	const request: Record<string, string | number> = {};
	for (const [k, v] of Object.entries(q.request)) if (v !== null) request[k] = v;
	const found = new Map<string, Alternative>();
	for (const change of keyChanges(s, q)) {
		const out = quote(rules, { ...request, ...change }, options);
		if (out.ok && out.quote.allowed)
			found.set(JSON.stringify(change), { change, quote: out.quote });
	}
	const byAmount = limitAlternative(
		rules,
		request as Parameters<typeof limitAlternative>[1],
		q,
		options
	);
	if (byAmount) found.set(JSON.stringify(byAmount.change), byAmount);
	const list = [...found.values()];
	const order = rankByCost(
		rules,
		list.map((a) => a.quote),
		q.request.currency
	);
	return { ok: true, alternatives: order.map((i) => list[i]) };
}
