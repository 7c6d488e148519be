import type { Context } from './context';
import type { MidRate } from './midRates';
import type { Component } from './types';
import { Dec, ONE, ZERO, dec, percentOf } from './decimal';
import { matchAmount } from './matchAmount';
import { exponentOf } from './minorUnits';
import { priceComponent, sumAmounts, type PricedComponent } from './priceComponent';
import { roundTo } from './roundTo';

export interface Fx {
	mid: Dec;
	rate: Dec;
	marginPercent: Dec;
	/** marginPercent / 100. */
	margin: Dec;
	/** 1 / rate, for solvers' guesses of the principal that converts to an amount. */
	inverse: Dec;
	/** The result's `exchangeRate`: the three as strings, keys in canonical order. */
	shown: { marginPercent: string; mid: string; rate: string };
}

export interface Priced {
	principal: Dec;
	sender: PricedComponent[];
	fx: Fx | null;
	converted: Dec;
	recipient: PricedComponent[];
	received: Dec;
}

/** The components of a side whose amount bounds hold at principal S. */
export function matchingAt(ctx: Context, list: Component[], s: Dec): Component[] {
	return list.filter((c) => matchAmount(ctx, c.when, s));
}

/**
 * The sender-side lines at principal S; `comps`, the components matching there, when the caller
 * knows them (they stay the same within a piece).
 */
export function senderLinesAt(
	ctx: Context,
	s: Dec,
	comps = matchingAt(ctx, ctx.sender, s)
): PricedComponent[] {
	return comps.map((c) => priceComponent(ctx, c, s, ctx.send));
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
		const shown = {
			marginPercent: marginPercent.toString(),
			mid: mid.toString(),
			rate: rate.toString()
		};
		fx = { mid, rate, marginPercent, margin, inverse: ONE.dividedBy(rate), shown };
		if (perSnapshot.size > 10_000) perSnapshot.clear();
		perSnapshot.set(key, fx);
	}
	return fx;
}

/** The converted amount at principal S, rounded with `conversionRounding`. */
export function convertedAt(ctx: Context, s: Dec, fx: Fx | null): Dec {
	if (fx === null) return s;
	return roundTo(s.times(fx.rate), exponentOf(ctx.target), ctx.conversionRounding);
}

/** What arrives at a principal. */
export type RecipientSide = Pick<Priced, 'fx' | 'converted' | 'recipient' | 'received'>;

/** A solver's principal, with the sides it already priced there. */
export interface Solved {
	s: Dec;
	sender?: PricedComponent[];
	recipient?: RecipientSide;
}

/**
 * The recipient side at principal S: converted, recipient lines, received; the fx and converted
 * amount there when the caller has them.
 */
export function recipientAt(
	ctx: Context,
	s: Dec,
	fx = fxAt(ctx, s),
	converted = convertedAt(ctx, s, fx)
): RecipientSide {
	const recipient = matchingAt(ctx, ctx.recipient, s).map((c) =>
		priceComponent(ctx, c, converted, ctx.target)
	);
	const received = recipient.length ? converted.minus(sumAmounts(recipient)) : converted;
	return { fx, converted, recipient, received };
}

/**
 * What arrives at principal S with the recipient lines unrounded: never falls within a piece.
 * `comps`: the recipient components matching at S, when the caller knows them.
 */
export function unroundedReceivedAt(
	ctx: Context,
	s: Dec,
	fx: Fx | null,
	comps = matchingAt(ctx, ctx.recipient, s)
): { converted: Dec; unrounded: Dec } {
	const converted = convertedAt(ctx, s, fx);
	let unrounded = converted;
	for (const c of comps)
		unrounded = unrounded.minus(priceComponent(ctx, c, converted, ctx.target).exact);
	return { converted, unrounded };
}

/** Every amount at principal S; a side already priced there is passed in rather than repriced. */
export function priceAt(
	ctx: Context,
	s: Dec,
	sender = senderLinesAt(ctx, s),
	recipient = recipientAt(ctx, s)
): Priced {
	return { principal: s, sender, ...recipient };
}
