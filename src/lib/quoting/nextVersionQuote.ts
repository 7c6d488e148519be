import type { QuoteResult } from '../engine';
import type { Rules } from '../schedules';
import { engineOptions, type PriceOptions } from './PriceOptions';
import type { QuoteRequest } from './requestSchema';
import { computeQuote } from '../engine';
import { resolveRequest } from './resolveRequest';

export interface NextVersionQuote {
	/** When the next version starts, as its file writes it. */
	effectiveFrom: string;
	version: string;
	/** The same request priced under the next version, at its effectiveFrom. */
	quote: QuoteResult;
}

/**
 * The same request under the schedule's next version, when one is already known: the first
 * version whose effectiveFrom is after the request's instant (`at`, else `options.now`, epoch ms),
 * priced at that effectiveFrom with the rate snapshot in force then. Origin, payout, profile and
 * target currency stay those of the version in force, so it is the same transfer. Null when
 * there is no later version, when the request names a version, or when it is not a valid
 * request (the current quote says why).
 *
 * @example
 * nextVersionQuote(rules, { schedule: 'wallet-standard', type: 'transfer', funding: 'debit_card', destination: 'MX', currency: 'USD', mode: 'send', amount: '100.00' }, { now: Date.parse('2026-11-22T10:00:00Z') })
 * // { effectiveFrom: '2027-01-01T00:00:00Z', version: '2027-01-01', quote: { … } }
 */
export function nextVersionQuote(
	rules: Rules,
	request: QuoteRequest,
	options: PriceOptions
): NextVersionQuote | null {
	const { now } = options;
	if (request.version !== undefined) return null;
	const time = request.at === undefined ? now : Date.parse(request.at);
	const next = (rules.schedules.get(request.schedule) ?? []).find((v) => v.effectiveFrom > time);
	if (!next || Number.isNaN(time)) return null;
	const current = resolveRequest(rules, request, now);
	const same = current.ok ? current.input.request : null;
	const resolved = resolveRequest(
		rules,
		{
			...request,
			...(same && {
				origin: same.origin,
				...(same.payout !== null && { payout: same.payout }),
				...(same.profile !== null && { profile: same.profile }),
				...(same.targetCurrency !== null && { targetCurrency: same.targetCurrency })
			}),
			version: next.schedule.version,
			at: next.schedule.effectiveFrom
		},
		now
	);
	if (!resolved.ok) return null;
	return {
		effectiveFrom: next.schedule.effectiveFrom,
		version: next.schedule.version,
		quote: computeQuote(resolved.input, engineOptions(options))
	};
}
