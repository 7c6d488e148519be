import type { QuoteInput, QuoteResult } from '../engine';
import type { Rules } from '../schedules';
import { engineOptions, type PriceOptions } from './PriceOptions';
import type { RequestIssue } from './RequestIssue';
import { computeQuote } from '../engine';
import { parseRequest } from './parseRequest';
import { resolveRequest } from './resolveRequest';

export type QuoteOutcome = { ok: true; quote: QuoteResult } | { ok: false; issues: RequestIssue[] };

/** A priced request and the engine input it was priced from (for what is said beside it). */
export type PricedOutcome =
	{ ok: true; quote: QuoteResult; input: QuoteInput } | { ok: false; issues: RequestIssue[] };

/** Parses, resolves and prices a request, keeping the resolved engine input. */
export function priceRequest(rules: Rules, input: unknown, options: PriceOptions): PricedOutcome {
	const parsed = parseRequest(input);
	if (!parsed.ok) return parsed;
	const resolved = resolveRequest(rules, parsed.request, options.now);
	if (!resolved.ok) return resolved;
	return {
		ok: true,
		quote: computeQuote(resolved.input, engineOptions(options)),
		input: resolved.input
	};
}

/**
 * Parses, resolves and prices a request against loaded rules at instant `options.now` (epoch ms)
 * when it names no `at`. Malformed requests give issues; everything else is a quote, allowed or
 * blocked.
 *
 * @example
 * quote(rules, { schedule: 'wallet-standard', type: 'transfer', funding: 'debit_card', destination: 'MX', currency: 'USD', mode: 'send', amount: '100.00' }, { now: Date.now() })
 * // { ok: true, quote: { id: '…', allowed: true, … } }
 */
export function quote(rules: Rules, input: unknown, options: PriceOptions): QuoteOutcome {
	const out = priceRequest(rules, input, options);
	return out.ok ? { ok: true, quote: out.quote } : out;
}
