import type { Context } from './context';
import type { Cost } from './types';
import type { Priced } from './priceAt';
import { ONE, ZERO, type Dec } from './decimal';
import { exponentOf } from './minorUnits';
import { formatAmount } from './formatAmount';
import { sumAmounts } from './priceComponent';
import { roundTo } from './roundTo';
import { quotient } from './_lib/quotient';
import { percentText } from './_lib/percentText';

/**
 * Total cost (World Bank): sender lines + FX margin + recipient lines at the mid rate, and the
 * all-in mark-up over the reference rate (EU 2021/1230).
 */
export function costOf(ctx: Context, p: Priced, senderSum: Dec, total: Dec): Cost {
	const s = p.principal;
	let raw = senderSum;
	if (p.fx && !p.fx.marginPercent.isZero()) raw = raw.plus(s.times(p.fx.margin));
	if (p.recipient.length) {
		const back = p.fx ? ctx.mid(ctx.target, ctx.send) : ONE;
		raw = raw.plus(sumAmounts(p.recipient).times(back));
	}
	const markup =
		p.fx && p.received.greaterThan(ZERO)
			? percentText(quotient(total.times(p.fx.mid), p.received).minus(ONE))
			: null;
	return {
		allInMarkupPercent: markup,
		percent: percentText(quotient(raw, s)),
		total: {
			amount: formatAmount(roundTo(raw, exponentOf(ctx.send), ctx.rounding), ctx.send),
			currency: ctx.send
		}
	};
}
