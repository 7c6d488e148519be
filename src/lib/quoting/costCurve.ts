import type { Rules } from '../schedules';
import type { PriceOptions } from './PriceOptions';
import type { RequestIssue } from './RequestIssue';
import { quote } from './quote';

/** One point of a cost curve: the amount asked for and what it costs (null when not priced). */
export interface CostPoint {
	amount: string;
	costTotal: string | null;
	costPercent: string | null;
	allowed: boolean;
}
export type CostCurveOutcome =
	{ ok: true; points: CostPoint[] } | { ok: false; issues: RequestIssue[] };

/**
 * Prices one request at each of `options.amounts` (in the request's mode) for a chart of cost against
 * amount. `costTotal` is in the send currency. An amount that is malformed for the request is an
 * issue at `['amounts', i]`; any other issue of the request is answered as `quote` answers it.
 *
 * @example
 * costCurve(rules, { schedule: 'wallet-standard', type: 'transfer', funding: 'balance', destination: 'MX', currency: 'USD', mode: 'send' }, { amounts: ['10.00', '100.00'], now: Date.now() })
 * // { ok: true, points: [{ amount: '10.00', costTotal: '1.24', costPercent: '12.40', allowed: true }, …] }
 */
export function costCurve(
	rules: Rules,
	request: Record<string, unknown>,
	options: PriceOptions & { amounts: readonly string[] }
): CostCurveOutcome {
	const points: CostPoint[] = [];
	for (const [i, amount] of options.amounts.entries()) {
		const out = quote(rules, { ...request, amount }, options);
		if (!out.ok)
			return {
				ok: false,
				issues: out.issues.map((x) =>
					x.path[0] === 'amount' ? { ...x, path: ['amounts', i, ...x.path.slice(1)] } : x
				)
			};
		const q = out.quote;
		points.push({
			amount,
			costTotal: q.cost?.total.amount ?? null,
			costPercent: q.cost?.percent ?? null,
			allowed: q.allowed
		});
	}
	return { ok: true, points };
}
