import type { Context } from './context';
import type { Component, Condition } from './types';
import { Dec } from './decimal';
import { ceilGrid, floorGrid } from './_lib/grid';
import { firstTrue } from './_lib/firstTrue';
import { exponentOf, unitOf } from './money';
import { convertedAt, fxAt } from './priceAt';
import { readMoneyMap } from './readMoneyMap';

export type Side = 'sender' | 'recipient';

function amountThresholds(ctx: Context, conditions: Condition[], places: number, unit: Dec): Dec[] {
	const out: Dec[] = [];
	for (const when of conditions) {
		const a = when.amount;
		if (!a) continue;
		for (const map of [a.gte, a.gt, a.lte, a.lt]) {
			if (!map) continue;
			const t = readMoneyMap(ctx, map, ctx.send);
			out.push(ceilGrid(t, places), floorGrid(t, places).plus(unit));
		}
	}
	return out;
}

/** Base of a component at principal S, in the tier currency, for one fixed fx regime. */
function tierBaseAt(ctx: Context, side: Side, c: Component, anchor: Dec) {
	const tc = c.tiers!.currency;
	if (side === 'sender') {
		const m = ctx.mid(ctx.send, tc);
		return { at: (s: Dec) => s.times(m), guess: (u: Dec) => u.dividedBy(m) };
	}
	const fx = fxAt(ctx, anchor);
	const m = ctx.mid(ctx.target, tc);
	const rate = fx ? fx.rate : null;
	return {
		at: (s: Dec) => convertedAt(ctx, s, fx).times(m),
		guess: (u: Dec) => (rate ? u.dividedBy(m).dividedBy(rate) : u.dividedBy(m))
	};
}

function sorted(points: Dec[]): Dec[] {
	const uniq = new Map(points.map((p) => [p.toString(), p]));
	return [...uniq.values()].sort((x, y) => x.comparedTo(y));
}

/**
 * Start points of the intervals of [lo, hi] within which the chosen side's lines change
 * monotonically with the principal: amount thresholds and tier brackets split them.
 */
export function pieces(ctx: Context, side: Side, lo: Dec, hi: Dec): Dec[] {
	const places = exponentOf(ctx.send);
	const unit = unitOf(ctx.send);
	const comps = side === 'sender' ? ctx.sender : ctx.recipient;
	const conditions = [
		...comps.map((c) => c.when),
		...(side === 'recipient' ? ctx.fx.map((f) => f.when) : [])
	];
	const inside = (p: Dec) => p.greaterThan(lo) && p.lessThanOrEqualTo(hi);
	let starts = sorted([lo, ...amountThresholds(ctx, conditions, places, unit).filter(inside)]);
	const tiered = comps.filter((c) => c.tiers);
	if (tiered.length === 0) return starts;
	const splits: Dec[] = [];
	for (const [i, a] of starts.entries()) {
		const b = i + 1 < starts.length ? starts[i + 1].minus(unit) : hi;
		for (const c of tiered) {
			const base = tierBaseAt(ctx, side, c, a);
			for (const br of c.tiers!.brackets) {
				if (br.upTo === null) continue;
				const above = (s: Dec) => base.at(s).greaterThan(br.upTo!);
				if (above(a) || !above(b)) continue;
				splits.push(firstTrue(above, a, b, places, unit, base.guess(new Dec(br.upTo))));
			}
		}
	}
	starts = sorted([...starts, ...splits]);
	return starts;
}
