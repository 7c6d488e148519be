import { expect } from 'vitest';
import { computeQuote, Dec } from '$lib/engine';
import { formatAmount } from '$lib/engine/formatAmount';
import { makeContext } from '$lib/engine/makeContext';
import { priceAt } from '$lib/engine/priceAt';
import { sumAmounts } from '$lib/engine/priceComponent';
import { noticeMessage } from '$lib/words';
import { parseRequest, resolveRequest } from '$lib/quoting';
import type { Rules } from '$lib/schedules';
import { expectQuoteInvariants } from './invariants';
import { fromMinor, toMinor } from './minor';
import { AT, NOW, codesOf, quoteOf } from './rules';

/**
 * Send-mode quotes at every principal of a window from..to (minor units of the send currency):
 * the total debited and the amount received. `total[k]` and `received[k]` are at `from + k`.
 */
export interface Table {
	send: string;
	target: string;
	from: bigint;
	to: bigint;
	total: bigint[];
	received: bigint[];
}

// The table reads totals and amounts received, not ids: no quote of it is hashed (the solvers' own
// quotes are, with the engine's SHA-256, and determinism.test.ts holds every id to node:crypto's).
const TABLE_OPTIONS = { words: noticeMessage, sha256: null };

/**
 * Prices every grid point of principal from..to in send mode: the slow, obvious oracle. Each
 * point as send mode prices it (the request's context, then every amount at that principal,
 * `priceAt`), without the quote's notices, lines, cost and text, which the table does not read.
 * Send mode's whole quotes at the window's ends and at every jump must agree.
 */
export function sendTable(
	rules: Rules,
	request: Record<string, string | number>,
	to: number,
	from = 1
): Table {
	const parsed = parseRequest({ ...request, at: AT, mode: 'send', amount: '1' });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	const resolved = resolveRequest(rules, parsed.request, NOW);
	if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues));
	const input = resolved.input;
	const send = input.request.currency;
	const target = input.request.targetCurrency ?? send;
	const total: bigint[] = [];
	const received: bigint[] = [];
	for (let s = from; s <= to; s++) {
		const amount = fromMinor(BigInt(s), send);
		const at = { ...input.request, amount };
		const p = priceAt(makeContext(input.schedule, input.snapshot, at), new Dec(amount));
		total.push(toMinor(formatAmount(p.principal.plus(sumAmounts(p.sender)), send), send));
		received.push(toMinor(formatAmount(p.received, target), target));
	}
	// Send mode's own quotes at both ends of the window, and where it jumps, give the same amounts.
	for (const k of new Set([0, to - from, ...jumps(total), ...jumps(received)])) {
		const amount = fromMinor(BigInt(from + k), send);
		const q = computeQuote({ ...input, request: { ...input.request, amount } }, TABLE_OPTIONS);
		if (q.total === null || q.received === null)
			throw new Error(`no amounts at ${amount}: ${codesOf(q)}`);
		if (
			toMinor(q.total.amount, send) !== total[k] ||
			toMinor(q.received.amount, target) !== received[k]
		)
			throw new Error(`the table is not send mode's at ${amount}`);
	}
	return { send, target, from: BigInt(from), to: BigInt(to), total, received };
}

/** Positions k where values[k] -> values[k + 1] falls, or rises well beyond the average step. */
export function jumps(values: bigint[]): number[] {
	const last = values.length - 1;
	const average = (values[last] - values[0]) / BigInt(Math.max(1, last));
	const limit = 2n + 3n * (average < 0n ? -average : average);
	const out: number[] = [];
	for (let k = 0; k < last; k++) {
		const step = values[k + 1] - values[k];
		if (step < 0n || step > limit) out.push(k);
	}
	return out;
}

/** Amounts right at and one unit around the values on both sides of every jump, within min..max. */
export function edgeAmounts(values: bigint[], min: bigint, max: bigint): bigint[] {
	const out = new Set<bigint>();
	for (const k of jumps(values))
		for (const v of [values[k], values[k + 1]])
			for (const d of [-1n, 0n, 1n]) if (v + d >= min && v + d <= max) out.add(v + d);
	return [...out];
}

/** The largest S in the window with S <= P and total(S) <= P, by scanning every grid point. */
export function bestPay(t: Table, pay: bigint): bigint | null {
	const top = pay < t.to ? pay : t.to;
	for (let s = top; s >= t.from; s--) if (t.total[Number(s - t.from)] <= pay) return s;
	return null;
}

/** The smallest S in the window with received(S) >= R, by scanning every grid point. */
export function bestReceive(t: Table, receive: bigint): bigint | null {
	for (let k = 0; k < t.received.length; k++)
		if (t.received[k] >= receive) return t.from + BigInt(k);
	return null;
}

/** The most any principal of the window gets to the recipient (at least one minor unit). */
export function mostReceived(t: Table): bigint {
	return t.received.reduce((most, r) => (r > most ? r : most), 1n);
}

const inWindow = (t: Table, s: bigint | null): s is bigint =>
	s !== null && s >= t.from && s <= t.to;

const describeAt = (t: Table, s: bigint | null) =>
	inWindow(t, s)
		? `${fromMinor(s, t.send)} (total ${fromMinor(t.total[Number(s - t.from)], t.send)}, received ${fromMinor(t.received[Number(s - t.from)], t.target)})`
		: s === null
			? 'none'
			: fromMinor(s, t.send);

/**
 * Pay mode finds the brute-force principal, and no grid point above it up to P fits within P.
 * In a window that does not start at one unit, P must be at least total(from), so the answer
 * lies in the window.
 */
export function expectPayOptimal(
	rules: Rules,
	request: Record<string, string | number>,
	t: Table,
	pay: bigint
): void {
	if (pay < 1n || pay > t.to || (t.from > 1n && pay < t.total[0]))
		throw new Error(`pay ${pay} cannot be settled by scanning ${t.from}..${t.to}`);
	const amount = fromMinor(pay, t.send);
	const q = quoteOf(rules, { ...request, at: AT, mode: 'pay', amount });
	expectQuoteInvariants(q);
	const best = bestPay(t, pay);
	const found = q.principal === null ? null : toMinor(q.principal.amount, t.send);
	const context = `pay ${amount} ${t.send}: engine ${describeAt(t, found)}, brute force ${describeAt(t, best)}`;
	if (best === null) {
		expect(found, context).toBeNull();
		expect(codesOf(q), context).toContain('no_solution');
		return;
	}
	expect(found, context).toBe(best);
	expect(toMinor(q.total!.amount, t.send), `${context}: total as in send mode`).toBe(
		t.total[Number(best - t.from)]
	);
	let above: bigint | null = null;
	for (let s = best + 1n; s <= pay && above === null; s++)
		if (t.total[Number(s - t.from)] <= pay) above = s;
	expect(above, `${context}: a larger principal that still fits`).toBeNull();
}

/** Receive mode finds the brute-force principal; `no_solution` only when none exists in range. */
export function expectReceiveOptimal(
	rules: Rules,
	request: Record<string, string | number>,
	t: Table,
	receive: bigint
): void {
	if (t.from !== 1n) throw new Error('receive mode is checked on windows from one unit only');
	const amount = fromMinor(receive, t.target);
	const q = quoteOf(rules, { ...request, at: AT, mode: 'receive', amount });
	expectQuoteInvariants(q);
	const best = bestReceive(t, receive);
	const found = q.principal === null ? null : toMinor(q.principal.amount, t.send);
	const context = `receive ${amount} ${t.target}: engine ${describeAt(t, found)}, brute force ${describeAt(t, best)}`;
	if (found === null) {
		expect(codesOf(q), context).toContain('no_solution');
		expect(best, context).toBeNull();
		return;
	}
	if (best !== null) {
		expect(found, context).toBe(best);
		expect(toMinor(q.received!.amount, t.target), `${context}: received as in send mode`).toBe(
			t.received[Number(best - t.from)]
		);
		return;
	}
	// Beyond the scanned range: one unit less must still fall short.
	expect(found, context).toBeGreaterThan(t.to);
	const below = quoteOf(rules, {
		...request,
		at: AT,
		mode: 'send',
		amount: fromMinor(found - 1n, t.send)
	});
	expect(
		toMinor(below.received!.amount, t.target),
		`${context}: one unit less falls short`
	).toBeLessThan(receive);
}
