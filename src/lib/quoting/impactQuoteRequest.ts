import type { ImpactRequest } from './ImpactRow';
import type { QuoteRequest } from './requestSchema';

/**
 * The quote request of one price-impact grid row under a schedule version at an instant
 * (`send` mode; absent payout, profile and target currency left to their defaults).
 *
 * @example
 * impactQuoteRequest(row, { schedule: 'wallet-standard', version: '2027-01-01', at: '2027-01-01T00:00:00Z' }).mode // 'send'
 */
export function impactQuoteRequest(
	r: ImpactRequest,
	where: { schedule: string; version: string; at: string }
): QuoteRequest {
	const req: QuoteRequest = {
		schedule: where.schedule,
		version: where.version,
		at: where.at,
		type: r.type,
		funding: r.funding,
		origin: r.origin,
		destination: r.destination,
		currency: r.currency,
		mode: 'send',
		amount: r.amount
	};
	if (r.payout !== null) req.payout = r.payout;
	if (r.profile !== null) req.profile = r.profile;
	if (r.targetCurrency !== null) req.targetCurrency = r.targetCurrency;
	return req;
}
