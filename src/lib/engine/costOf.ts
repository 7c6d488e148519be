import type { Context } from './context';
import type { Cost } from './types';
import type { Priced } from './priceAt';
import { Dec, HUNDRED, ONE } from './decimal';
import { exponentOf, formatAmount } from './money';
import { sumAmounts } from './priceComponent';
import { roundTo } from './roundTo';

const pct = (v: Dec) => v.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);

/**
 * Total cost (World Bank): sender lines + FX margin + recipient lines at the mid rate, and the
 * all-in mark-up over the reference rate (EU 2021/1230).
 */
export function costOf(ctx: Context, p: Priced, total: Dec): Cost {
	const s = p.principal;
	const margin = p.fx ? s.times(p.fx.marginPercent).dividedBy(HUNDRED) : new Dec(0);
	const back = p.fx ? ctx.mid(ctx.target, ctx.send) : ONE;
	const raw = sumAmounts(p.sender).plus(margin).plus(sumAmounts(p.recipient).times(back));
	const markup =
		p.fx && p.received.greaterThan(0)
			? pct(total.times(p.fx.mid).dividedBy(p.received).minus(1).times(HUNDRED))
			: null;
	return {
		total: { amount: formatAmount(roundTo(raw, exponentOf(ctx.send), ctx.rounding), ctx.send), currency: ctx.send },
		percent: pct(raw.dividedBy(s).times(HUNDRED)),
		allInMarkupPercent: markup
	};
}
