import type { Money, QuoteResult, Window } from './types';
import type { QuoteInput } from './computeQuote';
import type { NoticeWords } from './noticeCodes';
import { computeQuote } from './computeQuote';
import { Dec, ZERO } from './decimal';
import { NoRateError } from './errors';
import { makeContext } from './makeContext';
import { exponentOf, unitOf } from './minorUnits';
import { formatAmount } from './formatAmount';
import { pieces } from './pieces';
import { ceilGrid, floorGrid } from './_lib/grid';
import { gainOfWaiting } from './_lib/gainOfWaiting';
import { nextWindowChange } from './nextWindowChange';
import { readMoneyMap } from './readMoneyMap';
import { roundTo } from './roundTo';
import { windowsOf } from './makeContext';

/** A cheaper request close to the one asked: data with a code; interfaces word it. */
export type Hint =
	| { code: 'wait_for_window'; until: string; timeZone: string; saving: Money; cost: Money }
	| { code: 'send_less'; amount: Money; givenUp: Money; saving: Money; cost: Money };

/** How far below the amount `send_less` looks: 5 %. */
const SEND_LESS_SHARE = new Dec('0.95');
const DAY = 86_400_000;

const cost = (q: QuoteResult): Dec | null => (q.cost ? new Dec(q.cost.total.amount) : null);
const money = (v: Dec, c: string): Money => ({ amount: formatAmount(v, c), currency: c });

/**
 * Waiting until a window the schedule names opens or closes, within a week, when the person is
 * better off then (`gainOfWaiting`: a fee, a margin or a recipient's line, whichever moves) by
 * what rounds, as the schedule rounds, to a minor unit of the send currency or more. The best
 * such instant, the earliest of equals.
 */
function waitHint(input: QuoteInput, q: QuoteResult, words: NoticeWords): Hint | null {
	const at = Date.parse(input.request.at);
	const changes = new Map<number, Window>();
	for (const w of windowsOf(input.schedule)) {
		const t = nextWindowChange(w, at);
		if (t - at <= 7 * DAY && !changes.has(t)) changes.set(t, w);
	}
	if (changes.size === 0) return null;
	const ctx = makeContext(input.schedule, input.snapshot, input.request);
	const back = ctx.mid(ctx.target, ctx.send);
	let best: { t: number; w: Window; gain: Dec; cost: Dec } | null = null;
	for (const [t, w] of [...changes].sort(([a], [b]) => a - b)) {
		const later = computeQuote(
			{ ...input, request: { ...input.request, at: new Date(t).toISOString() } },
			{ words }
		);
		const c = cost(later);
		if (!later.allowed || c === null) continue;
		const gain = gainOfWaiting(q, later, back);
		if (gain === null || !gain.greaterThan(best?.gain ?? ZERO)) continue;
		best = { t, w, gain, cost: c };
	}
	if (!best) return null;
	const saving = roundTo(best.gain, exponentOf(ctx.send), ctx.rounding);
	if (!saving.greaterThan(ZERO)) return null;
	return {
		code: 'wait_for_window',
		cost: money(best.cost, ctx.send),
		saving: money(saving, ctx.send),
		timeZone: best.w.timeZone,
		until: new Date(best.t).toISOString().replace('.000Z', 'Z')
	};
}

/**
 * The principals up to 5 % below S where a price can step down: the last grid point before every
 * piece of the sender and recipient sides (amount thresholds, tier brackets, allowances) and the
 * limits' maximums.
 */
function boundaries(input: QuoteInput, s: Dec): Dec[] {
	const ctx = makeContext(input.schedule, input.snapshot, input.request);
	const places = exponentOf(ctx.send);
	const unit = unitOf(ctx.send);
	const lo = ceilGrid(s.times(SEND_LESS_SHARE), places);
	if (!lo.lessThan(s)) return [];
	const out = new Map<string, Dec>();
	const add = (p: Dec) => {
		if (p.greaterThanOrEqualTo(lo) && p.lessThan(s)) out.set(p.toString(), p);
	};
	for (const side of ['sender', 'recipient'] as const)
		for (const start of pieces(ctx, side, lo, s)) add(start.minus(unit));
	for (const l of ctx.limits) if (l.max) add(floorGrid(readMoneyMap(ctx, l.max, ctx.send), places));
	return [...out.values()];
}

/** Sending a little less, when the cost falls by more than the amount given up (send mode). */
function lessHint(input: QuoteInput, q: QuoteResult, words: NoticeWords): Hint | null {
	const now = cost(q);
	if (input.request.mode !== 'send' || now === null) return null;
	const s = new Dec(input.request.amount);
	const send = input.request.currency;
	let best: { p: Dec; cost: Dec; net: Dec } | null = null;
	for (const p of boundaries(input, s)) {
		const amount = formatAmount(p, send);
		const there = computeQuote({ ...input, request: { ...input.request, amount } }, { words });
		const c = cost(there);
		if (!there.allowed || c === null) continue;
		const net = now.minus(c).minus(s.minus(p));
		const unblocks = !q.allowed;
		if (!unblocks && !net.greaterThan(0)) continue;
		if (best && (net.lessThan(best.net) || (net.equals(best.net) && p.lessThan(best.p)))) continue;
		best = { p, cost: c, net };
	}
	if (!best) return null;
	return {
		amount: money(best.p, send),
		code: 'send_less',
		cost: money(best.cost, send),
		givenUp: money(s.minus(best.p), send),
		saving: money(now.minus(best.cost), send)
	};
}

/**
 * Cheaper requests next to a quote, found from the schedule's boundaries rather than by sampling:
 * waiting for a window to open or close (same amount; the sender pays less or the recipient gets
 * more, a fee or a margin alike), and sending up to 5 % less where a tier, minimum, allowance,
 * amount condition or limit makes the total cost fall by more than the amount given up (or, for a
 * quote a maximum blocks, makes it allowed). Pure: the instant is the request's `at`, the rates
 * the input's snapshot.
 *
 * @example
 * cheaperNearby(input, computeQuote(input, { words }), words) // [{ code: 'send_less', amount: { amount: '499.99', … }, saving: { amount: '4.00', … }, … }]
 */
export function cheaperNearby(input: QuoteInput, q: QuoteResult, words: NoticeWords): Hint[] {
	if (cost(q) === null) return [];
	try {
		return [waitHint(input, q, words), lessHint(input, q, words)].filter(
			(h): h is Hint => h !== null
		);
	} catch (e) {
		if (e instanceof NoRateError) return [];
		throw e;
	}
}
