import type { QuoteResult } from '../../engine';
import type { PriceOptions } from '../PriceOptions';
import type { Rules } from '../../schedules';
import { Dec, minorUnits } from '../../engine';
import { quote } from '../quote';

type Request = Record<string, string | number> & {
	currency: string;
	mode: string;
	targetCurrency?: string;
};
type Bounds = { lo: Dec | null; hi: Dec | null };

const MAX_ROUNDS = 8;

/** Tightens [lo, hi] with a quote's broken limits; false when it broke none. */
function tighten(b: Bounds, q: QuoteResult): boolean {
	let any = false;
	for (const n of q.notices) {
		if (!n.limit) continue;
		any = true;
		const v = new Dec(n.limit.amount);
		if (n.code === 'below_minimum' && (b.lo === null || v.greaterThan(b.lo))) b.lo = v;
		if (n.code === 'above_maximum' && (b.hi === null || v.lessThan(b.hi))) b.hi = v;
	}
	return any;
}

const clamp = (s: Dec, b: Bounds): Dec =>
	b.hi && s.greaterThan(b.hi) ? b.hi : b.lo && s.lessThan(b.lo) ? b.lo : s;

/**
 * The amount in the request's mode that makes principal `s`: `s` itself in send mode; in pay
 * mode the total that pays for it, in receive mode what it delivers (both priced in send mode).
 */
function amountFor(rules: Rules, req: Request, s: Dec, o: PriceOptions): string | null {
	const amount = s.toFixed(minorUnits(req.currency) ?? 0);
	if (req.mode === 'send') return amount;
	const out = quote(rules, { ...req, mode: 'send', amount }, o);
	if (!out.ok) return null;
	return (req.mode === 'pay' ? out.quote.total : out.quote.received)?.amount ?? null;
}

/** One minor unit of the mode's currency up (+1) or down (−1). */
function nudge(req: Request, amount: string, step: 1 | -1): string | null {
	const places =
		minorUnits((req.mode === 'receive' ? req.targetCurrency : req.currency) ?? '') ?? 0;
	const next = new Dec(amount).plus(new Dec(step).times(new Dec(10).pow(-places)));
	return next.greaterThan(0) ? next.toFixed(places) : null;
}

/**
 * For a quote blocked by limits (`below_minimum`, `above_maximum`): the nearest amount, in the
 * request's mode, whose principal meets every limit at once, with its quote if that is allowed;
 * null when no amount alone makes it allowed. In send mode that is the limit itself (as the notice
 * shows it, on the grid); in pay mode the total that sends exactly the limit, in receive mode what
 * the limit delivers, so the quote shows the amount asked. When the solver lands outside the
 * limits (a flat total or a coarser target currency), the amount moves one minor unit at a time.
 */
export function limitAlternative(
	rules: Rules,
	req: Request,
	blocked: QuoteResult,
	options: PriceOptions
): { change: { amount: string }; quote: QuoteResult } | null {
	const bounds: Bounds = { lo: null, hi: null };
	if (!blocked.principal || !tighten(bounds, blocked)) return null;
	let target = clamp(new Dec(blocked.principal.amount), bounds);
	let amount = amountFor(rules, req, target, options);
	for (let round = 0; round < MAX_ROUNDS && amount !== null; round++) {
		const out = quote(rules, { ...req, amount }, options);
		if (!out.ok) return null;
		const q = out.quote;
		if (q.allowed) return { change: { amount }, quote: q };
		if (!q.principal || !tighten(bounds, q)) return null;
		if (bounds.lo && bounds.hi && bounds.lo.greaterThan(bounds.hi)) return null;
		const next = clamp(target, bounds);
		if (!next.equals(target)) amount = amountFor(rules, req, (target = next), options);
		else amount = nudge(req, amount, new Dec(q.principal.amount).greaterThan(target) ? -1 : 1);
	}
	return null;
}
