import type { Context } from './context';
import type { MidRate } from './midRates';
import { ONE, ZERO, dec, percentOf, type Dec } from './decimal';
import { matchAmount } from './matchAmount';

export interface Fx {
	mid: Dec;
	rate: Dec;
	marginPercent: Dec;
	/** marginPercent / 100. */
	margin: Dec;
	/**
	 * 1 / rate to 16 significant digits, for solvers' guesses of the principal that converts to an
	 * amount: a guess needs no more, and short factors multiply three times faster.
	 */
	inverse: Dec;
	/** The result's `exchangeRate`: the three as strings, keys in canonical order. */
	shown: { marginPercent: string; mid: string; rate: string };
}

// An Fx depends only on the mid rate and the margin: one per pair and margin per rate snapshot.
const fxMemo = new WeakMap<MidRate, Map<string, Fx>>();

/** The mid rate, margin and customer rate at principal S; null without conversion. */
export function fxAt(ctx: Context, s: Dec): Fx | null {
	if (ctx.send === ctx.target) return null;
	const entry = ctx.fx.find((f) => matchAmount(ctx, f.when, s));
	const percent = entry ? entry.marginPercent : '0';
	let perSnapshot = fxMemo.get(ctx.mid);
	if (!perSnapshot) fxMemo.set(ctx.mid, (perSnapshot = new Map()));
	const key = `${ctx.send}${ctx.target}${percent}`;
	let fx = perSnapshot.get(key);
	if (fx === undefined) {
		const mid = ctx.mid(ctx.send, ctx.target);
		const marginPercent = entry ? dec(percent) : ZERO;
		const margin = percentOf(percent);
		const rate = mid.times(ONE.minus(margin));
		// To 16 significant digits: a guess needs no more (1 / rate > 0).
		const exact = ONE.dividedBy(rate);
		const inverse = exact.toDecimalPlaces(Math.max(0, 15 - exact.e));
		const shown = {
			marginPercent: marginPercent.toString(),
			mid: mid.toString(),
			rate: rate.toString()
		};
		fx = {
			mid,
			rate,
			marginPercent,
			margin,
			inverse,
			shown
		};
		if (perSnapshot.size > 10_000) perSnapshot.clear();
		perSnapshot.set(key, fx);
	}
	return fx;
}
