import { expect } from 'vitest';
import { computeQuote } from '$lib/engine';
import { parseRequest, resolveRequest } from '$lib/quoting';
import type { Rules } from '$lib/schedules';
import { expectQuoteInvariants } from './invariants';
import { fromMinor, toMinor } from './minor';
import { AT, NOW, codesOf, quoteOf } from './rules';

/** Send-mode quotes at every principal 1..n minor units: total debited and amount received. */
export interface Table {
	send: string;
	target: string;
	n: number;
	/** Indexed by principal in minor units; index 0 is unused. */
	total: bigint[];
	received: bigint[];
}

/** Prices every grid point of principal 1..n in send mode: the slow, obvious oracle. */
export function sendTable(rules: Rules, request: Record<string, string>, n: number): Table {
	const parsed = parseRequest({ ...request, at: AT, mode: 'send', amount: '1' });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	const resolved = resolveRequest(rules, parsed.request, NOW);
	if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues));
	const input = resolved.input;
	const send = input.request.currency;
	const target = input.request.targetCurrency ?? send;
	const total: bigint[] = [0n];
	const received: bigint[] = [0n];
	for (let i = 1; i <= n; i++) {
		const q = computeQuote({ ...input, request: { ...input.request, amount: fromMinor(BigInt(i), send) } });
		if (q.total === null || q.received === null) throw new Error(`no amounts at ${i}: ${codesOf(q)}`);
		total.push(toMinor(q.total.amount, send));
		received.push(toMinor(q.received.amount, target));
	}
	return { send, target, n, total, received };
}

/** Indices i where values[i] -> values[i + 1] falls or jumps well beyond the average step. */
export function jumps(values: bigint[], n: number): number[] {
	const average = (values[n] - values[1]) / BigInt(Math.max(1, n - 1));
	const limit = 2n + 3n * (average < 0n ? -average : average);
	const out: number[] = [];
	for (let i = 1; i < n; i++) {
		const step = values[i + 1] - values[i];
		if (step < 0n || step > limit) out.push(i);
	}
	return out;
}

/** Amounts right at and around the values on both sides of every jump, at least `min`. */
export function edgeAmounts(values: bigint[], n: number, min: bigint, max: bigint): bigint[] {
	const out = new Set<bigint>();
	for (const i of jumps(values, n))
		for (const v of [values[i], values[i + 1]])
			for (const d of [-1n, 0n, 1n]) if (v + d >= min && v + d <= max) out.add(v + d);
	return [...out];
}

/** The largest S in 1..P with total(S) <= P, by scanning every grid point (P <= n). */
export function bestPay(t: Table, pay: bigint): bigint | null {
	for (let i = Number(pay); i >= 1; i--) if (t.total[i] <= pay) return BigInt(i);
	return null;
}

/** The smallest S in 1..n with received(S) >= R, by scanning every grid point. */
export function bestReceive(t: Table, receive: bigint): bigint | null {
	for (let i = 1; i <= t.n; i++) if (t.received[i] >= receive) return BigInt(i);
	return null;
}

const describeAt = (t: Table, s: bigint | null) =>
	s === null || s < 1n || s > BigInt(t.n)
		? `${s}`
		: `${fromMinor(s, t.send)} (total ${fromMinor(t.total[Number(s)], t.send)}, received ${fromMinor(t.received[Number(s)], t.target)})`;

/** Pay mode finds the brute-force principal, and no grid point above it up to P fits within P. */
export function expectPayOptimal(rules: Rules, request: Record<string, string>, t: Table, pay: bigint): void {
	if (pay < 1n || pay > BigInt(t.n)) throw new Error(`pay ${pay} outside the scanned range`);
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
	expect(toMinor(q.total!.amount, t.send), `${context}: total as in send mode`).toBe(t.total[Number(best)]);
	let above = -1;
	for (let i = Number(best) + 1; i <= Number(pay); i++)
		if (t.total[i] <= pay) {
			above = i;
			break;
		}
	expect(above, `${context}: a larger principal that still fits`).toBe(-1);
}

/** Receive mode finds the brute-force principal; `no_solution` only when none exists in range. */
export function expectReceiveOptimal(
	rules: Rules,
	request: Record<string, string>,
	t: Table,
	receive: bigint
): void {
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
			t.received[Number(best)]
		);
		return;
	}
	// Beyond the scanned range: the engine's answer must still be the first principal that reaches R.
	expect(found, context).toBeGreaterThan(BigInt(t.n));
	const below = quoteOf(rules, { ...request, at: AT, mode: 'send', amount: fromMinor(found - 1n, t.send) });
	expect(toMinor(below.received!.amount, t.target), `${context}: one unit less falls short`).toBeLessThan(receive);
}
