import type { Hint, QuoteOptions } from '../engine';
import type { Rules } from '../schedules';
import { cheaperNearby, computeQuote } from '../engine';
import { parseRequest } from './parseRequest';
import type { QuoteOutcome } from './quote';
import { resolveRequest } from './resolveRequest';

export type HintedOutcome = QuoteOutcome & { hints?: Hint[] };

/**
 * `quote`, and with `hints` the cheaper requests next to it (`cheaperNearby`): outside the quote,
 * so its id and bytes stay those of `quote`.
 *
 * @example
 * quoteWithHints(rules, request, Date.now(), {}, true) // { ok: true, quote: {…}, hints: [{ code: 'send_less', … }] }
 */
export function quoteWithHints(
	rules: Rules,
	input: unknown,
	now: number,
	options: QuoteOptions = {},
	hints = true
): HintedOutcome {
	const parsed = parseRequest(input);
	if (!parsed.ok) return parsed;
	const resolved = resolveRequest(rules, parsed.request, now);
	if (!resolved.ok) return resolved;
	const q = computeQuote(resolved.input, options);
	return hints
		? { ok: true, quote: q, hints: cheaperNearby(resolved.input, q) }
		: { ok: true, quote: q };
}
