import type { Context } from './context';
import { Dec, HUNDRED, ONE, ZERO, dec } from './decimal';
import { matchAmount } from './matchCondition';
import { exponentOf } from './money';
import { priceComponent, sumAmounts, type PricedComponent } from './priceComponent';
import { roundTo } from './roundTo';

export interface Fx {
	mid: Dec;
	rate: Dec;
	marginPercent: Dec;
}

export interface Priced {
	principal: Dec;
	sender: PricedComponent[];
	fx: Fx | null;
	converted: Dec;
	recipient: PricedComponent[];
	received: Dec;
}

/** The sender-side lines at principal S. */
export function senderLinesAt(ctx: Context, s: Dec): PricedComponent[] {
	return ctx.sender
		.filter((c) => matchAmount(ctx, c.when, s))
		.map((c) => priceComponent(ctx, c, s, ctx.send));
}

/** Total debited at principal S: S plus every sender line. */
export function totalAt(ctx: Context, s: Dec): Dec {
	return s.plus(sumAmounts(senderLinesAt(ctx, s)));
}

/** The mid rate, margin and customer rate at principal S; null without conversion. */
export function fxAt(ctx: Context, s: Dec): Fx | null {
	if (ctx.send === ctx.target) return null;
	const mid = ctx.mid(ctx.send, ctx.target);
	const entry = ctx.fx.find((f) => matchAmount(ctx, f.when, s));
	const marginPercent = entry ? dec(entry.marginPercent) : ZERO;
	return { mid, rate: mid.times(ONE.minus(marginPercent.dividedBy(HUNDRED))), marginPercent };
}

/** The converted amount at principal S, rounded with `conversionRounding`. */
export function convertedAt(ctx: Context, s: Dec, fx: Fx | null): Dec {
	if (fx === null) return s;
	return roundTo(s.times(fx.rate), exponentOf(ctx.target), ctx.conversionRounding);
}

/** The recipient side at principal S: converted, recipient lines, received. */
export function recipientAt(ctx: Context, s: Dec) {
	const fx = fxAt(ctx, s);
	const converted = convertedAt(ctx, s, fx);
	const recipient = ctx.recipient
		.filter((c) => matchAmount(ctx, c.when, s))
		.map((c) => priceComponent(ctx, c, converted, ctx.target));
	return { fx, converted, recipient, received: converted.minus(sumAmounts(recipient)) };
}

/** What arrives at principal S with the recipient lines unrounded: never falls within a piece. */
export function unroundedReceivedAt(
	ctx: Context,
	s: Dec,
	fx: Fx | null
): { converted: Dec; unrounded: Dec } {
	const converted = convertedAt(ctx, s, fx);
	let unrounded = converted;
	for (const c of ctx.recipient)
		if (matchAmount(ctx, c.when, s))
			unrounded = unrounded.minus(priceComponent(ctx, c, converted, ctx.target).exact);
	return { converted, unrounded };
}

/** Every amount at principal S. */
export function priceAt(ctx: Context, s: Dec): Priced {
	return { principal: s, sender: senderLinesAt(ctx, s), ...recipientAt(ctx, s) };
}
