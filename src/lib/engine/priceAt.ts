import type { Context } from './context';
import type { Component } from './types';
import type { Dec } from './decimal';
import { fxAt, type Fx } from './fxAt';
import { matchAmount } from './matchAmount';
import { exponentOf } from './minorUnits';
import { priceComponent, sumAmounts, type PricedComponent } from './priceComponent';
import { roundTo } from './roundTo';

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
