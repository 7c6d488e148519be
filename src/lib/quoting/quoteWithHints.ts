import type { Hint, Money } from '../engine';
import type { Rules } from '../schedules';
import { cheaperNearby, lineAllowances } from '../engine';
import { noticeMessage } from '../words';
import type { PriceOptions } from './PriceOptions';
import { priceRequest, type QuoteOutcome } from './quote';

export type HintedOutcome = QuoteOutcome & { hints?: Hint[] };

/** A quote with what interfaces say beside it: hints, and each allowance line's whole allowance. */
export type DetailedOutcome = QuoteOutcome & {
	hints?: Hint[];
	allowances?: Record<string, Money>;
};

/**
 * `quote`, and unless `hints` is false the cheaper requests next to it (`cheaperNearby`): outside
 * the quote, so its id and bytes stay those of `quote`.
 *
 * @example
 * quoteWithHints(rules, request, { now: Date.now() }) // { ok: true, quote: {…}, hints: [{ code: 'send_less', … }] }
 */
export function quoteWithHints(
	rules: Rules,
	input: unknown,
	options: PriceOptions & { hints?: boolean }
): HintedOutcome {
	const out = priceRequest(rules, input, options);
	if (!out.ok) return out;
	return options.hints !== false
		? {
				ok: true,
				quote: out.quote,
				hints: cheaperNearby(out.input, out.quote, options.words ?? noticeMessage)
			}
		: { ok: true, quote: out.quote };
}

/**
 * `quoteWithHints`, plus the whole allowance of each line that has one (`lineAllowances`), for
 * a page to say "above your 1,000.00 EUR monthly allowance". Outside the quote, like the hints.
 *
 * @example
 * quoteInDetail(rules, request, { now: Date.now() }) // { ok: true, quote: {…}, hints: […], allowances: { 'fair-usage': {…} } }
 */
export function quoteInDetail(
	rules: Rules,
	input: unknown,
	options: PriceOptions
): DetailedOutcome {
	const out = priceRequest(rules, input, options);
	if (!out.ok) return out;
	return {
		ok: true,
		quote: out.quote,
		hints: cheaperNearby(out.input, out.quote, options.words ?? noticeMessage),
		allowances: lineAllowances(out.input, out.quote)
	};
}
