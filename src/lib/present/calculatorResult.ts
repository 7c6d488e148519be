import type { Hint, Money, QuoteResult } from '../engine';
import type { Rules } from '../schedules';
import {
	costSplit,
	type CostSplit,
	findAlternatives,
	fromText,
	nextVersionQuote,
	parseRequest,
	quoteInDetail,
	type Alternative,
	type NextVersionQuote,
	type PriceOptions,
	type RequestIssue
} from '../quoting';

/** What the calculator and review screen show for a request. */
export interface CalculatorResult {
	quote: QuoteResult | null;
	issues: RequestIssue[];
	/** For a blocked quote: the first three allowed alternatives, cheapest first. */
	alternatives: Alternative[];
	/** The same request under the schedule's next version, when one is known. */
	upcoming: NextVersionQuote | null;
	/** Where the money of the total cost goes, in the send currency (null without a cost). */
	split: CostSplit | null;
	/** Cheaper requests next to this one: waiting for a window, or sending a little less. */
	hints: Hint[];
	/** The whole allowance of each line that has one, by line id, in the line's currency. */
	allowances: Record<string, Money>;
}

/** A result with nothing priced. */
export const NO_RESULT: CalculatorResult = {
	quote: null,
	issues: [],
	alternatives: [],
	upcoming: null,
	split: null,
	hints: [],
	allowances: {}
};

/**
 * Prices a request for the calculator: the quote, or issues; alternatives; the upcoming price;
 * cheaper requests nearby and the lines' allowances.
 */
export function calculatorResult(
	rules: Rules,
	request: Record<string, string>,
	options: PriceOptions
): CalculatorResult {
	// The form's fields are text, as in a URL: the count of transfers is read as the API reads it.
	const input = fromText(request);
	const out = quoteInDetail(rules, input, options);
	if (!out.ok) return { ...NO_RESULT, issues: out.issues };
	const found = out.quote.allowed ? null : findAlternatives(rules, input, options);
	const parsed = parseRequest(input);
	return {
		quote: out.quote,
		issues: [],
		alternatives: found?.ok ? found.alternatives.slice(0, 3) : [],
		upcoming: parsed.ok ? nextVersionQuote(rules, parsed.request, options) : null,
		split: costSplit(rules, out.quote),
		hints: out.hints ?? [],
		allowances: out.allowances ?? {}
	};
}
