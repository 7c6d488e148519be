import type { Context } from './context';
import type { Component, Condition } from './types';
import { ONE, ZERO, dec, type Dec } from './decimal';
import { allowanceLeft } from './allowanceLeft';
import { usageIn } from './usageIn';
import { ceilGrid, floorGrid } from './_lib/grid';
import { firstTrue } from './_lib/firstTrue';
import { exponentOf, unitOf } from './minorUnits';
import { fxAt, type Fx } from './fxAt';
import { convertedAt } from './priceAt';
import { readMoneyMap } from './readMoneyMap';

export type Side = 'sender' | 'recipient';

const thresholdMemo = new WeakMap<object, WeakMap<object, Dec[]>>();

/**
 * The grid points where the amount bounds of a list of entries can start or stop holding. They
 * depend only on the list (memoised per request facts) and the rate snapshot: memoised per both.
 */
function thresholdsOf(ctx: Context, entries: { when: Condition }[]): Dec[] {
	let perList = thresholdMemo.get(entries);
	if (!perList) thresholdMemo.set(entries, (perList = new WeakMap()));
	let out = perList.get(ctx.readCache);
	if (out) return out;
	const places = exponentOf(ctx.send);
	const unit = unitOf(ctx.send);
	out = [];
	for (const { when } of entries) {
		if (when.amount === undefined) continue;
		for (const a of Array.isArray(when.amount) ? when.amount : [when.amount])
			for (const map of [a.gte, a.gt, a.lte, a.lt]) {
				if (!map) continue;
				const t = readMoneyMap(ctx, map, ctx.send);
				out.push(ceilGrid(t, places), floorGrid(t, places).plus(unit));
			}
	}
	perList.set(ctx.readCache, out);
	return out;
}

/**
 * A component's base B at principal S, in its currency C, for one fixed fx regime (`fx`, null
 * for the sender side or without conversion).
 */
function baseAt(ctx: Context, side: Side, fx: Fx | null, s: Dec): Dec {
	return side === 'sender' ? s : convertedAt(ctx, s, fx);
}

/** A guess of the principal where B reaches b. */
function guessOf(fx: Fx | null, b: Dec): Dec {
	return fx ? b.times(fx.inverse) : b;
}

/** The transfer's end in the tier currency at S: earlier period volume + B' (B less the allowance left). */
function endAt(ctx: Context, side: Side, fx: Fx | null, s: Dec, left: Dec, used: Dec, m: Dec): Dec {
	const base = baseAt(ctx, side, fx, s);
	// Without allowance, earlier volume or conversion, the end is B itself.
	if (left === ZERO && used === ZERO && m === ONE) return base;
	const rest = base.minus(left);
	return rest.greaterThan(0) ? used.plus(rest.times(m)) : used;
}

/**
 * Where a component's value can jump within [a, b]: where B first exceeds what is left of its
 * allowance, and where the transfer's end in the tier currency (earlier period volume + B')
 * first passes a bracket's `upTo`.
 */
function splitsOf(ctx: Context, side: Side, c: Component, a: Dec, b: Dec): Dec[] {
	const places = exponentOf(ctx.send);
	const unit = unitOf(ctx.send);
	const fx = side === 'sender' ? null : fxAt(ctx, a);
	const currency = side === 'sender' ? ctx.send : ctx.target;
	const left = allowanceLeft(ctx, c, currency) ?? ZERO;
	const out: Dec[] = [];
	// Each crossing tested rises with S: it happens inside [a, b] when it holds at b, not at a.
	if (
		c.allowance &&
		!baseAt(ctx, side, fx, a).greaterThan(left) &&
		baseAt(ctx, side, fx, b).greaterThan(left)
	) {
		const guess = guessOf(fx, left);
		out.push(
			firstTrue((s) => baseAt(ctx, side, fx, s).greaterThan(left), a, b, places, unit, guess)
		);
	}
	if (!c.tiers) return out;
	const tc = c.tiers.currency;
	const m = ctx.mid(currency, tc);
	const used = c.tiers.basis === 'period' ? usageIn(ctx, tc) : ZERO;
	const atA = endAt(ctx, side, fx, a, left, used, m);
	const atB = endAt(ctx, side, fx, b, left, used, m);
	for (const br of c.tiers.brackets) {
		if (br.upTo === null) continue;
		const upTo = dec(br.upTo);
		if (!atB.greaterThan(upTo) || atA.greaterThan(upTo) || upTo.lessThanOrEqualTo(used)) continue;
		const guess = guessOf(fx, upTo.minus(used).dividedBy(m).plus(left));
		out.push(
			firstTrue(
				(s) => endAt(ctx, side, fx, s, left, used, m).greaterThan(upTo),
				a,
				b,
				places,
				unit,
				guess
			)
		);
	}
	return out;
}

/** The points in ascending order, each value once. */
function sorted(points: Dec[]): Dec[] {
	if (points.length < 2) return points;
	const out = [...points].sort((x, y) => x.comparedTo(y));
	return out.filter((p, i) => i === 0 || !p.equals(out[i - 1]));
}

/**
 * Start points of the intervals of [lo, hi] within which the chosen side's lines change
 * monotonically with the principal: amount thresholds and tier brackets split them.
 */
export function pieces(ctx: Context, side: Side, lo: Dec, hi: Dec): Dec[] {
	const unit = unitOf(ctx.send);
	const comps = side === 'sender' ? ctx.sender : ctx.recipient;
	const own = thresholdsOf(ctx, comps);
	const fx = side === 'recipient' ? thresholdsOf(ctx, ctx.fx) : [];
	const jumping = comps.filter((c) => c.tiers || c.allowance);
	// Nothing splits [lo, hi]: one piece.
	if (own.length + fx.length + jumping.length === 0) return [lo];
	const points = [...own, ...fx];
	const starts = sorted([
		lo,
		...points.filter((p) => p.greaterThan(lo) && p.lessThanOrEqualTo(hi))
	]);
	if (jumping.length === 0) return starts;
	const splits: Dec[] = [];
	for (const [i, a] of starts.entries()) {
		const b = i + 1 < starts.length ? starts[i + 1].minus(unit) : hi;
		for (const c of jumping) splits.push(...splitsOf(ctx, side, c, a, b));
	}
	return sorted([...starts, ...splits]);
}
