import type { Context } from './context';
import { Dec } from './decimal';
import { maxPrincipal } from './_lib/grid';
import { searchByValue } from './_lib/searchByValue';
import { exponentOf, unitOf } from './minorUnits';
import { pieces } from './pieces';
import { totalAt } from './priceAt';

/**
 * The largest principal S on the send currency's grid with S + sender lines(S) <= P, or null.
 * Within a piece the total rises strictly with S, so each piece is searched once, highest first.
 */
export function solvePay(ctx: Context, pay: Dec): Dec | null {
	const places = exponentOf(ctx.send);
	const unit = unitOf(ctx.send);
	const max = maxPrincipal(places);
	const hi = pay.lessThan(max) ? pay : max;
	if (hi.lessThan(unit)) return null;
	const starts = pieces(ctx, 'sender', unit, hi);
	const over = (v: Dec) => v.greaterThan(pay);
	for (let i = starts.length - 1; i >= 0; i--) {
		const a = starts[i];
		const b = i + 1 < starts.length ? starts[i + 1].minus(unit) : hi;
		const fa = totalAt(ctx, a);
		if (over(fa)) continue;
		const fb = totalAt(ctx, b);
		if (!over(fb)) return b;
		const f = (s: Dec) => totalAt(ctx, s);
		return searchByValue(f, over, pay, { lo: a, flo: fa, hi: b, fhi: fb }, places, unit).minus(
			unit
		);
	}
	return null;
}
