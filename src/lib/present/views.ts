import type { QuoteResult } from '../engine';
import type { CostPoint, CostSplit, ImpactRequest, RequestIssue, VaryKey } from '../quoting';
import type { CalculatorResult } from './calculatorResult';
import type { CalculatorForm } from './calculatorForm';
import type { NotServedReason, Preset } from './comparePresets';
import type { CalculatorOptions, FormOptions, Option } from './options';
import type { PagePayload } from './priceLocally';
import type { ProviderSupport } from './providerSupport';
import type { AmountReading } from './readAmount';

// What the pages hand to their components: built by src/lib/server/pages, drawn by src/lib/ui.

export interface CalculatorModel extends CalculatorResult {
	schedules: Option[];
	form: CalculatorForm;
	options: CalculatorOptions;
	targetChanged: { from: string; to: string } | null;
	engine: PagePayload;
	submitted: boolean;
	/** The amount as the page read it (ambiguous or unreadable text is asked about, not priced). */
	reading: AmountReading;
	/** The server's clock when the page was built (epoch ms): how old the rates are is said from it. */
	now: number;
	/** The provider's support contacts, when its schedule declares them (issue "Real prices"). */
	support?: ProviderSupport | null;
}

/** What the page shows of a quote (the rest stays on the server, to keep the page light). */
export type RowQuote = Pick<
	QuoteResult,
	'allowed' | 'scope' | 'total' | 'received' | 'cost' | 'delivery' | 'notices'
> & { exchangeRate: { marginPercent: string } | null };

/** One compared option: its quote, place and cost parts. */
export interface CompareRow {
	/** The varied key's value (a funding key, a country code, a schedule id …). */
	value: string;
	label: string;
	/** 1, 2 … for allowed options in ranked order; null when blocked. */
	rank: number | null;
	cheapest: boolean;
	/** The option the request itself asked for. */
	current: boolean;
	/** For "providers": the provider's own type and funding, where they differ from those asked. */
	detail?: string;
	/** A transfer to the sending country itself ("at home"). */
	domestic: boolean;
	/** Its quote; of the notices, those that block or warn. */
	quote: RowQuote;
	split: CostSplit | null;
	/** The calculator's query string for this option alone. */
	query: string;
}

/** Cost against amount (in `send` mode) of one option. */
export interface CurveSeries {
	value: string;
	label: string;
	points: CostPoint[];
	/** The cost at each of the curve's markers. */
	markers: CostPoint[];
	/** Other options whose costs are the same at every amount, drawn as this one. */
	alsoFor: string[];
}

/** A World Bank standard amount in the send currency (converted at the mid rate). */
export interface CurveMarker {
	usd: string;
	amount: string;
}

export interface CostCurveModel {
	/** The options are the dearest ones ("where it costs most"), not the cheapest. */
	dearest: boolean;
	currency: string;
	amounts: string[];
	markers: CurveMarker[];
	series: CurveSeries[];
}

/** Things the page says about how it read the query; words are the page's. */
export type CompareNote =
	| { code: 'amount_defaulted'; amount: string; currency: string }
	| { code: 'mode_changed' }
	| { code: 'countries_limited'; max: number }
	/** Providers left out of "providers" because they do not serve the corridor, and why. */
	| { code: 'own_choices' }
	| { code: 'not_served'; providers: { label: string; reason: NotServedReason; value: string }[] }
	| { code: 'no_choice' };

export interface CompareModel {
	schedules: Option[];
	form: CalculatorForm;
	options: FormOptions;
	preset: Preset;
	/** The varied request key. */
	key: VaryKey;
	countries: string[];
	notes: CompareNote[];
	issues: RequestIssue[];
	rows: CompareRow[];
	/**
	 * What every option is priced for, as read from the form (null when the amount cannot be
	 * read): the amount in the mode's currency, from where, and to where unless that is what varies.
	 */
	asked: {
		mode: CalculatorForm['mode'];
		amount: string;
		currency: string;
		origin: string;
		destination: string | null;
	} | null;
	excluded: { label: string; messages: string[] }[];
	/** The rates the options converted with, in words (`rateWords`), each with the options priced with them. */
	rates: { text: string; labels: string[] }[];
	curve: CostCurveModel | null;
}

export const LISTS = ['increases', 'decreases', 'blocked', 'unblocked'] as const;
export type ListKey = (typeof LISTS)[number];

/** A request of the grid priced under both versions, with its keys named for people. */
export interface DiffRow {
	request: ImpactRequest;
	names: { type: string; funding: string; payout: string | null; destination: string };
	/** Cost totals in the send currency; null where not priced. */
	before: string | null;
	after: string | null;
	deltaCost: string | null;
	deltaPercent: string | null;
	/** For blocked lists: why the blocking version blocks it, in words. */
	why: string[];
}
