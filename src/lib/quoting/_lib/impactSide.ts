import type { QuoteResult } from '../../engine';
import type { ImpactSide } from '../ImpactRow';

/** The parts of a quote a price-impact row keeps. */
export function impactSide(q: QuoteResult): ImpactSide {
	return {
		allowed: q.allowed,
		supported: !q.notices.some((n) => n.code.startsWith('unsupported_')),
		costTotal: q.cost?.total.amount ?? null,
		total: q.total?.amount ?? null,
		received: q.received?.amount ?? null,
		codes: q.notices.filter((n) => n.severity === 'block').map((n) => n.code),
		notices: q.notices.filter((n) => n.severity !== 'block').map((n) => n.code)
	};
}
