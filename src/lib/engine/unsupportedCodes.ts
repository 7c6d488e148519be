import type { EngineNoticeCode } from './noticeCodes';
import type { ResolvedRequest, Schedule } from './types';

function has(o: Record<string, unknown> | undefined, k: string | null): boolean {
	return k !== null && o !== undefined && Object.hasOwn(o, k);
}

/** The unsupported_* codes of a request against a schedule, in a stable order. */
export function unsupportedCodes(s: Schedule, r: ResolvedRequest): EngineNoticeCode[] {
	const out: EngineNoticeCode[] = [];
	if (!has(s.types, r.type)) out.push('unsupported_type');
	if (!has(s.funding, r.funding)) out.push('unsupported_funding');
	if (r.payout !== null && !has(s.payouts, r.payout)) out.push('unsupported_payout');
	if (r.profile !== null && !has(s.profiles, r.profile)) out.push('unsupported_profile');
	if (r.speed != null && !has(s.speeds, r.speed)) out.push('unsupported_speed');
	if (!s.currencies.includes(r.currency)) out.push('unsupported_currency');
	if (!s.origins.includes(r.origin)) out.push('unsupported_origin');
	const dest = has(s.destinations, r.destination) ? s.destinations[r.destination] : undefined;
	if (dest === undefined) out.push('unsupported_destination');
	else if (r.targetCurrency === null || !dest.currencies.includes(r.targetCurrency))
		out.push('unsupported_target_currency');
	return out;
}
