import type { Context } from './context';
import { ZERO, type Dec } from './decimal';

/**
 * The request's `sentThisPeriod` in a currency, at the mid rate, unrounded (no rate needed when
 * it is zero or already in that currency).
 */
export function usageIn(ctx: Context, currency: string): Dec {
	if (ctx.sent.isZero()) return ZERO;
	return currency === ctx.send ? ctx.sent : ctx.sent.times(ctx.mid(ctx.send, currency));
}
