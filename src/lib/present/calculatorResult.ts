import type { QuoteOptions, QuoteResult } from '../engine';
import type { Rules } from '../schedules';
import {
	costSplit,
	type CostSplit,
	findAlternatives,
	nextVersionQuote,
	parseRequest,
	quote,
	type Alternative,
	type NextVersionQuote,
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
}

/** A result with nothing priced. */
export const NO_RESULT: CalculatorResult = {
	quote: null,
	issues: [],
	alternatives: [],
	upcoming: null,
	split: null
};

/** Prices a request for the calculator: the quote, or issues; alternatives; the upcoming price. */
export function calculatorResult(
	rules: Rules,
	request: Record<string, string>,
	now: number,
	options: QuoteOptions = {}
): CalculatorResult {
	const out = quote(rules, request, now, options);
	if (!out.ok) return { ...NO_RESULT, issues: out.issues };
	const found = out.quote.allowed ? null : findAlternatives(rules, request, now, options);
	const parsed = parseRequest(request);
	return {
		quote: out.quote,
		issues: [],
		alternatives: found?.ok ? found.alternatives.slice(0, 3) : [],
		upcoming: parsed.ok ? nextVersionQuote(rules, parsed.request, now, options) : null,
		split: costSplit(rules, out.quote)
	};
}
