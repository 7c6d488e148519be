import type { Context } from './context';
import type { Cost } from './types';
import type { Priced } from './priceAt';
import { Dec, HUNDRED, ONE, ZERO } from './decimal';
import { exponentOf } from './minorUnits';
import { fixed, formatAmount } from './formatAmount';
import { sumAmounts } from './priceComponent';
import { roundTo } from './roundTo';

const pct = (v: Dec) => fixed(roundTo(v, 2, 'half-up'), 2);

/**
 * Total cost (World Bank): sender lines + FX margin + recipient lines at the mid rate, and the
 * all-in mark-up over the reference rate (EU 2021/1230).
 */
export function costOf(ctx: Context, p: Priced, senderSum: Dec, total: Dec): Cost {
	const s = p.principal;
	const margin = p.fx && !p.fx.marginPercent.isZero() ? s.times(p.fx.margin) : ZERO;
	const back = p.fx ? ctx.mid(ctx.target, ctx.send) : ONE;
	const recipientSum = p.recipient.length ? sumAmounts(p.recipient).times(back) : ZERO;
	const raw = senderSum.plus(margin).plus(recipientSum);
	const markup =
		p.fx && p.received.greaterThan(0)
			? pct(total.times(p.fx.mid).dividedBy(p.received).minus(1).times(HUNDRED))
			: null;
	return {
		allInMarkupPercent: markup,
		percent: pct(raw.dividedBy(s).times(HUNDRED)),
		total: {
			amount: formatAmount(roundTo(raw, exponentOf(ctx.send), ctx.rounding), ctx.send),
			currency: ctx.send
		}
	};
}
