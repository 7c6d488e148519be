import type { Context } from './context';
import type { Component, Condition } from './types';
import { Dec, ZERO } from './decimal';
import { allowanceLeft } from './allowanceLeft';
import { usageIn } from './usageIn';
import { ceilGrid, floorGrid } from './_lib/grid';
import { firstTrue } from './_lib/firstTrue';
import { exponentOf, unitOf } from './minorUnits';
import { convertedAt, fxAt } from './priceAt';
import { readMoneyMap } from './readMoneyMap';

export type Side = 'sender' | 'recipient';

function amountThresholds(ctx: Context, conditions: Condition[], places: number, unit: Dec): Dec[] {
	const out: Dec[] = [];
	for (const when of conditions) {
		for (const a of [when.amount ?? []].flat())
			for (const map of [a.gte, a.gt, a.lte, a.lt]) {
				if (!map) continue;
				const t = readMoneyMap(ctx, map, ctx.send);
				out.push(ceilGrid(t, places), floorGrid(t, places).plus(unit));
			}
	}
	return out;
}

/**
 * A component's base B at principal S, in its currency C, for one fixed fx regime, with a guess
 * of the principal where B reaches a value.
 */
function baseAt(ctx: Context, side: Side, anchor: Dec) {
	if (side === 'sender') return { at: (s: Dec) => s, guess: (b: Dec) => b, currency: ctx.send };
	const fx = fxAt(ctx, anchor);
	return {
		at: (s: Dec) => convertedAt(ctx, s, fx),
		guess: (b: Dec) => (fx ? b.dividedBy(fx.rate) : b),
		currency: ctx.target
	};
}

/**
 * Where a component's value can jump within [a, b]: where B first exceeds what is left of its
 * allowance, and where the transfer's end in the tier currency (earlier period volume + B')
 * first passes a bracket's `upTo`.
 */
function splitsOf(ctx: Context, side: Side, c: Component, a: Dec, b: Dec): Dec[] {
	const places = exponentOf(ctx.send);
	const unit = unitOf(ctx.send);
	const base = baseAt(ctx, side, a);
	const left = allowanceLeft(ctx, c, base.currency) ?? ZERO;
	const out: Dec[] = [];
	const cross = (above: (s: Dec) => boolean, guess: Dec) => {
		if (above(a) || !above(b)) return;
		out.push(firstTrue(above, a, b, places, unit, guess));
	};
	if (c.allowance) cross((s) => base.at(s).greaterThan(left), base.guess(left));
	if (!c.tiers) return out;
	const tc = c.tiers.currency;
	const m = ctx.mid(base.currency, tc);
	const used = c.tiers.basis === 'period' ? usageIn(ctx, tc) : ZERO;
	const end = (s: Dec) => {
		const rest = base.at(s).minus(left);
		return rest.greaterThan(0) ? used.plus(rest.times(m)) : used;
	};
	for (const br of c.tiers.brackets) {
		if (br.upTo === null) continue;
		const upTo = new Dec(br.upTo);
		if (upTo.lessThanOrEqualTo(used)) continue;
		cross((s) => end(s).greaterThan(upTo), base.guess(upTo.minus(used).dividedBy(m).plus(left)));
	}
	return out;
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
	const jumping = comps.filter((c) => c.tiers || c.allowance);
	if (jumping.length === 0) return starts;
	const splits: Dec[] = [];
	for (const [i, a] of starts.entries()) {
		const b = i + 1 < starts.length ? starts[i + 1].minus(unit) : hi;
		for (const c of jumping) splits.push(...splitsOf(ctx, side, c, a, b));
	}
	starts = sorted([...starts, ...splits]);
	return starts;
}
