import type { Context } from './context';
import { Dec } from './decimal';
import { floorGrid, maxPrincipal } from './_lib/grid';
import { firstTrue } from './_lib/firstTrue';
import { searchByValue } from './_lib/searchByValue';
import { exponentOf, unitOf } from './minorUnits';
import { pieces } from './pieces';
import { fxAt, recipientAt, unroundedReceivedAt } from './priceAt';

/**
 * The smallest principal S on the send currency's grid with received(S) >= R, or null.
 *
 * Within a piece (no amount threshold or tier bracket inside) the lines depend on S only through
 * the converted amount, and what arrives before the lines are rounded never falls as S rises.
 * Each of the k recipient lines rounds by at most one minor unit, so the answer lies where that
 * unrounded amount is between R − k units and R + k units: found by search, then checked
 * converted amount by converted amount. Pieces are tried lowest first, from a lower bound no
 * principal below which can reach R.
 */
export function solveReceive(ctx: Context, receive: Dec): Dec | null {
	const places = exponentOf(ctx.send);
	const unit = unitOf(ctx.send);
	const targetUnit = unitOf(ctx.target);
	const max = maxPrincipal(places);
	const mid = ctx.send === ctx.target ? new Dec(1) : ctx.mid(ctx.send, ctx.target);
	const bound = floorGrid(receive.minus(targetUnit).dividedBy(mid), places).minus(unit);
	const slack = targetUnit.times(ctx.recipient.length);
	const starts = pieces(ctx, 'recipient', unit, max);
	for (const [i, start] of starts.entries()) {
		const b = i + 1 < starts.length ? starts[i + 1].minus(unit) : max;
		if (b.lessThan(bound)) continue;
		const a = start.lessThan(bound) ? bound : start;
		const fx = fxAt(ctx, a);
		const u = (s: Dec) => unroundedReceivedAt(ctx, s, fx).unrounded;
		const near = (v: Dec) => v.greaterThanOrEqualTo(receive.minus(slack));
		const ub = u(b);
		if (!near(ub)) continue;
		const ua = u(a);
		let s = near(ua)
			? a
			: searchByValue(
					u,
					near,
					receive.minus(slack),
					{ lo: a, flo: ua, hi: b, fhi: ub },
					places,
					unit
				);
		for (;;) {
			const here = recipientAt(ctx, s);
			if (here.received.greaterThanOrEqualTo(receive)) return s;
			if (s.greaterThanOrEqualTo(b)) break;
			// The next principal that converts to more: the lines can only change there.
			const more = (x: Dec) =>
				unroundedReceivedAt(ctx, x, fx).converted.greaterThan(here.converted);
			if (!more(b)) break;
			const step = fx ? targetUnit.dividedBy(fx.rate) : targetUnit;
			s = firstTrue(more, s, b, places, unit, s.plus(step));
		}
	}
	return null;
}
