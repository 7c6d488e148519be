import type { Context } from './context';
import { Dec } from './decimal';
import { floorGrid, maxPrincipal } from './_lib/grid';
import { searchByValue } from './_lib/searchByValue';
import { exponentOf, unitOf } from './money';
import { pieces } from './pieces';
import { recipientAt } from './priceAt';

/**
 * The smallest principal S on the send currency's grid with received(S) >= R, or null.
 * Within a piece what arrives never falls as S rises, so pieces are searched lowest first,
 * from a lower bound no principal below which can reach R.
 */
export function solveReceive(ctx: Context, receive: Dec): Dec | null {
	const places = exponentOf(ctx.send);
	const unit = unitOf(ctx.send);
	const max = maxPrincipal(places);
	const mid = ctx.send === ctx.target ? new Dec(1) : ctx.mid(ctx.send, ctx.target);
	const bound = floorGrid(receive.minus(unitOf(ctx.target)).dividedBy(mid), places).minus(unit);
	const f = (s: Dec) => recipientAt(ctx, s).received;
	const enough = (v: Dec) => v.greaterThanOrEqualTo(receive);
	const starts = pieces(ctx, 'recipient', unit, max);
	for (const [i, start] of starts.entries()) {
		const b = i + 1 < starts.length ? starts[i + 1].minus(unit) : max;
		if (b.lessThan(bound)) continue;
		const a = start.lessThan(bound) ? bound : start;
		const fb = f(b);
		if (!enough(fb)) continue;
		const fa = f(a);
		if (enough(fa)) return a;
		return searchByValue(f, enough, receive, { lo: a, flo: fa, hi: b, fhi: fb }, places, unit);
	}
	return null;
}
