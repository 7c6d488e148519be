import type { QuoteInput, QuoteOptions, QuoteResult } from '../engine';
import type { Rules } from '../schedules';
import type { RequestIssue } from './RequestIssue';
import { computeQuote } from '../engine';
import { parseRequest } from './parseRequest';
import { resolveRequest } from './resolveRequest';

export type QuoteOutcome = { ok: true; quote: QuoteResult } | { ok: false; issues: RequestIssue[] };

/** A priced request and the engine input it was priced from (for what is said beside it). */
export type PricedOutcome =
	{ ok: true; quote: QuoteResult; input: QuoteInput } | { ok: false; issues: RequestIssue[] };

/** Parses, resolves and prices a request, keeping the resolved engine input. */
export function priceRequest(
	rules: Rules,
	input: unknown,
	now: number,
	options: QuoteOptions = {}
): PricedOutcome {
	const parsed = parseRequest(input);
	if (!parsed.ok) return parsed;
	const resolved = resolveRequest(rules, parsed.request, now);
	if (!resolved.ok) return resolved;
	return { ok: true, quote: computeQuote(resolved.input, options), input: resolved.input };
}

/**
 * Parses, resolves and prices a request against loaded rules at instant `now` (epoch ms).
 * Malformed requests give issues; everything else is a quote, allowed or blocked.
 */
export function quote(
	rules: Rules,
	input: unknown,
	now: number,
	options: QuoteOptions = {}
): QuoteOutcome {
	const out = priceRequest(rules, input, now, options);
	return out.ok ? { ok: true, quote: out.quote } : out;
}
