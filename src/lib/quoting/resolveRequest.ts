import type { QuoteInput, ResolvedRequest } from '../engine';
import type { Rules } from '../schedules';
import type { RequestIssue } from './RequestIssue';
import type { QuoteRequest } from './requestSchema';
import { minorUnits } from '../engine';
import { selectVersion, snapshotFor } from '../schedules';
import { instantText } from '../rulesfiles';
import { type RequestIssueCode, requestMessage } from '../words';

export type ResolveResult = { ok: true; input: QuoteInput } | { ok: false; issues: RequestIssue[] };

/**
 * Fills in a request's defaults from the rules: the instant, the schedule version in force, the
 * origin, payout, profile and target currency, and the rate snapshot; checks the amount's decimals.
 */
export function resolveRequest(rules: Rules, req: QuoteRequest, now: number): ResolveResult {
	const locale = req.locale ?? 'en';
	const fail = (
		field: string,
		code: RequestIssueCode,
		p: Record<string, string> = {}
	): ResolveResult => ({
		ok: false,
		issues: [{ path: [field], code, message: requestMessage(code, locale, { field, ...p }) }]
	});
	const versions = rules.schedules.get(req.schedule);
	if (!versions) return fail('schedule', 'unknown_schedule', { value: req.schedule });
	const at = req.at ?? instantText(now);
	const time = req.at === undefined ? now : Date.parse(at);
	const chosen = req.version
		? versions.find((v) => v.schedule.version === req.version)
		: selectVersion(versions, time);
	if (!chosen && req.version)
		return fail('version', 'unknown_version', { value: req.version, schedule: req.schedule });
	if (!chosen)
		return fail('at', 'schedule_not_effective', {
			schedule: req.schedule,
			at,
			from: versions[0].schedule.effectiveFrom
		});
	const s = chosen.schedule;
	const first = (o: Record<string, unknown> | undefined) =>
		o ? (Object.keys(o)[0] ?? null) : null;
	const destination = Object.hasOwn(s.destinations, req.destination)
		? s.destinations[req.destination]
		: undefined;
	const request: ResolvedRequest = {
		schedule: req.schedule,
		version: s.version,
		at,
		type: req.type,
		funding: req.funding,
		payout: req.payout ?? first(s.payouts),
		profile: req.profile ?? first(s.profiles),
		...((s.speeds || req.speed !== undefined) && {
			speed: req.speed ?? first(s.speeds) ?? undefined
		}),
		...((s.usagePeriod || req.sentThisPeriod !== undefined) && {
			sentThisPeriod: req.sentThisPeriod ?? '0'
		}),
		...((s.usagePeriod || req.transfersThisPeriod !== undefined) && {
			transfersThisPeriod: req.transfersThisPeriod ?? 0
		}),
		origin: req.origin ?? s.origins[0],
		destination: req.destination,
		currency: req.currency,
		targetCurrency: req.targetCurrency ?? destination?.currencies[0] ?? null,
		mode: req.mode,
		amount: req.amount,
		locale
	};
	const amountCurrency = req.mode === 'receive' ? request.targetCurrency : request.currency;
	const places = amountCurrency === null ? undefined : minorUnits(amountCurrency);
	const decimals = req.amount.split('.')[1]?.length ?? 0;
	if (places !== undefined && decimals > places)
		return fail('amount', 'too_many_decimals', {
			currency: amountCurrency!,
			places: String(places)
		});
	const sentDecimals = req.sentThisPeriod?.split('.')[1]?.length ?? 0;
	const sendPlaces = minorUnits(request.currency);
	if (sendPlaces !== undefined && sentDecimals > sendPlaces)
		return fail('sentThisPeriod', 'too_many_decimals', {
			currency: request.currency,
			places: String(sendPlaces)
		});
	const snapshot = snapshotFor(rules, s, time);
	return { ok: true, input: { schedule: s, hash: chosen.hash, snapshot, request } };
}
