export { requestSchema, fromText, type QuoteRequest } from './requestSchema';
export { amountCode, AMOUNT, MAX_TRANSFERS, type AmountCode } from './amountCode';
export type { RequestIssue } from './RequestIssue';
export { parseRequest, type ParseRequestResult } from './parseRequest';
export { resolveRequest, type ResolveResult } from './resolveRequest';
export { quote, type QuoteOutcome } from './quote';
export type { PriceOptions } from './PriceOptions';
export {
	quoteWithHints,
	quoteInDetail,
	type HintedOutcome,
	type DetailedOutcome
} from './quoteWithHints';
export { resultSchema, rateTablesSchema } from './resultSchema';
export {
	compareQuotes,
	MAX_COMBINATIONS,
	VARY_KEYS,
	type VaryKey,
	type Change,
	type Excluded,
	type CompareOutcome
} from './compareQuotes';
export {
	findAlternatives,
	type Alternative,
	type AlternativeChange,
	type AlternativesOutcome
} from './findAlternatives';
export { costCurve, type CostPoint, type CostCurveOutcome } from './costCurve';
export type {
	ImpactRequest,
	ImpactSide,
	ImpactRow,
	ImpactAxes,
	ImpactBin,
	CostDistribution
} from './ImpactRow';
export {
	priceImpact,
	type PriceImpact,
	type PriceImpactOptions,
	type PriceImpactResult,
	type ImpactSummary
} from './priceImpact';
export { CONFIRMATION_MS } from './confirmationMs';
export { impactQuoteRequest } from './impactQuoteRequest';
export { nextVersionQuote, type NextVersionQuote } from './nextVersionQuote';
export { logAmounts } from './logAmounts';
export { costSplit, type CostSplit } from './costSplit';
export {
	decodeReceipt,
	type DecodeResult,
	type DecodeAlternative,
	type DecodeOutcome
} from './decodeReceipt';
export {
	parseDecodeRequest,
	type DecodeRequest,
	type ParseDecodeResult
} from './parseDecodeRequest';
