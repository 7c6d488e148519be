import type { Context } from './context';
import type { MidRate } from './midRates';
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
		fx = { mid, rate, marginPercent, margin, shown };
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
