import type { Line, QuoteResult, RateSnapshot, ResolvedRequest, Schedule } from './types';
import type { Context } from './context';
import type { PricedComponent } from './priceComponent';
import { sha256Hex } from './_lib/sha256';
import { canonicalJson } from './canonicalJson';
import { collectNotices, holdsAt } from './collectNotices';
import { costOf } from './costOf';
import { Dec } from './decimal';
import { NoRateError } from './errors';
import { makeContext } from './makeContext';
import { formatAmount } from './money';
import { priceAt, type Priced } from './priceAt';
import { sumAmounts } from './priceComponent';
import { solvePay } from './solvePay';
import { solveReceive } from './solveReceive';
import { unsupportedCodes } from './unsupportedCodes';

export interface QuoteInput {
	schedule: Schedule;
	/** SHA-256 of the schedule file's bytes. */
	hash: string;
	/** The rate snapshot in force at `request.at`, if any. */
	snapshot: RateSnapshot | null;
	request: ResolvedRequest;
}

function principalOf(ctx: Context): Dec | null {
	const amount = new Dec(ctx.request.amount);
	if (ctx.request.mode === 'send') return amount;
	return ctx.request.mode === 'pay' ? solvePay(ctx, amount) : solveReceive(ctx, amount);
}

function price(ctx: Context, codes: string[]): { s: Dec | null; priced: Priced | null } {
	if (codes.length > 0) return { s: ctx.request.mode === 'send' ? new Dec(ctx.request.amount) : null, priced: null };
	try {
		const s = principalOf(ctx);
		if (s === null) codes.push('no_solution');
		return { s, priced: s === null ? null : priceAt(ctx, s) };
	} catch (e) {
		if (!(e instanceof NoRateError)) throw e;
		codes.push('no_rate');
		return { s: ctx.request.mode === 'send' ? new Dec(ctx.request.amount) : null, priced: null };
	}
}

function lines(list: PricedComponent[], locale: string): Line[] {
	return list.map((l) => ({
		id: l.component.id,
		category: l.component.category ?? 'fee',
		name: l.component.name[locale] ?? l.component.name.en,
		amount: formatAmount(l.amount, l.currency),
		currency: l.currency,
		explain: l.explain()
	}));
}

/**
 * Prices a resolved request against one schedule version and rate snapshot. Pure and
 * deterministic: the same input gives the same result, byte for byte.
 */
export function computeQuote(input: QuoteInput): QuoteResult {
	const { schedule, request } = input;
	const ctx = makeContext(schedule, input.snapshot, request);
	const codes = unsupportedCodes(schedule, request);
	const { s, priced } = price(ctx, codes);
	if (priced && priced.received.lessThanOrEqualTo(0)) codes.push('nothing_received');
	const notices = collectNotices(ctx, codes, s);
	const money = (v: Dec, c: string) => ({ amount: formatAmount(v, c), currency: c });
	const send = ctx.send;
	const byCategory = (cat: string) => sumAmounts(priced!.sender.filter((l) => (l.component.category ?? 'fee') === cat));
	const fees = priced ? byCategory('fee') : null;
	const taxes = priced ? byCategory('tax') : null;
	const total = priced ? priced.principal.plus(fees!).plus(taxes!) : null;
	const delivery = s === null ? undefined : (schedule.delivery ?? []).find((d) => holdsAt(ctx, d.when, s));
	const body: Omit<QuoteResult, 'id'> = {
		allowed: !notices.some((n) => n.severity === 'block'),
		mode: request.mode,
		request,
		schedule: { id: schedule.id, version: schedule.version, hash: input.hash },
		rates: input.snapshot ? { source: input.snapshot.source, asOf: input.snapshot.asOf } : null,
		scope: ctx.facts.scope,
		principal: s === null ? null : money(s, send),
		senderLines: priced ? lines(priced.sender, request.locale) : [],
		transferFees: fees && money(fees, send),
		transferTaxes: taxes && money(taxes, send),
		total: total && money(total, send),
		exchangeRate: priced?.fx
			? { mid: priced.fx.mid.toString(), rate: priced.fx.rate.toString(), marginPercent: priced.fx.marginPercent.toString() }
			: null,
		converted: priced ? money(priced.converted, ctx.target) : null,
		recipientLines: priced ? lines(priced.recipient, request.locale) : [],
		received: priced ? money(priced.received, ctx.target) : null,
		cost: priced ? costOf(ctx, priced, total!) : null,
		delivery: delivery ? { minHours: delivery.minHours, maxHours: delivery.maxHours } : null,
		notices
	};
	return { id: sha256Hex(canonicalJson(body)), ...body };
}
