/** Types of the rules data and of quotes, as the engine reads and writes them. */

export type Rounding = 'half-up' | 'half-even' | 'down' | 'up';
export type I18n = { en: string; [locale: string]: string };
export type MoneyMap = Record<string, string>;
export type OneOrMany<T> = T | T[];

export interface AmountCondition {
	gte?: MoneyMap;
	gt?: MoneyMap;
	lte?: MoneyMap;
	lt?: MoneyMap;
}

/** Bounds on the request's `transfersThisPeriod`: JSON integers. */
export interface CountCondition {
	gte?: number;
	gt?: number;
	lte?: number;
	lt?: number;
}

/** A weekly window in an IANA time zone: `from` inclusive, `to` exclusive, `"fri 17:00"`. */
export interface Window {
	timeZone: string;
	from: string;
	to: string;
}

export interface Condition {
	type?: OneOrMany<string>;
	funding?: OneOrMany<string>;
	payout?: OneOrMany<string>;
	profile?: OneOrMany<string>;
	speed?: OneOrMany<string>;
	currency?: OneOrMany<string>;
	targetCurrency?: OneOrMany<string>;
	origin?: OneOrMany<string>;
	destination?: OneOrMany<string>;
	scope?: OneOrMany<'domestic' | 'international'>;
	amount?: OneOrMany<AmountCondition>;
	transfersThisPeriod?: OneOrMany<CountCondition>;
	window?: OneOrMany<Window>;
}

export interface TierBracket {
	upTo: string | null;
	percent?: string;
	fixed?: string;
}

export interface Tiers {
	currency: string;
	mode: 'volume' | 'graduated';
	/** `period`: the transfer sits after the period's earlier volume (`sentThisPeriod`). */
	basis?: 'transfer' | 'period';
	brackets: TierBracket[];
}

export interface Component {
	id: string;
	name: I18n;
	category?: 'fee' | 'tax';
	payer?: 'sender' | 'recipient';
	when: Condition;
	percent?: string | null;
	fixed?: MoneyMap | null;
	tiers?: Tiers | null;
	min?: MoneyMap | null;
	max?: MoneyMap | null;
	/** An amount per period this component does not charge, read in the base's currency. */
	allowance?: MoneyMap | null;
}

export interface Named {
	name: I18n;
}

export interface Schedule {
	$schema?: string;
	schemaVersion: 1;
	id: string;
	version: string;
	effectiveFrom: string;
	name: I18n;
	sources?: { title: string; url?: string; retrieved?: string }[];
	baseCurrency: string;
	/** The source, or the sources in order of preference, of the schedule's rates. */
	rateSource?: string | string[];
	rateMaxAgeHours?: number;
	rounding?: Rounding;
	conversionRounding?: Rounding;
	origins: string[];
	types: Record<string, Named>;
	funding: Record<string, Named>;
	payouts?: Record<string, Named>;
	profiles?: Record<string, Named>;
	speeds?: Record<string, Named>;
	usagePeriod?: 'calendar-month' | 'rolling-30-days';
	currencies: string[];
	destinations: Record<string, { currencies: string[] }>;
	regions?: Record<string, string[]>;
	fees: Component[];
	fx?: { when: Condition; marginPercent: string }[];
	limits?: { id: string; when: Condition; min?: MoneyMap; max?: MoneyMap }[];
	notices?: {
		id: string;
		when: Condition;
		severity: 'block' | 'warn' | 'info';
		message: I18n;
	}[];
	delivery?: { when: Condition; minHours: number; maxHours: number }[];
	help?: Record<string, { text: I18n; url?: string }>;
	support?: {
		email?: string;
		phone?: string;
		chat?: string;
		hours?: I18n;
		replyWithin?: I18n;
	};
}

/** When and in which published table a rate was published. */
export interface RatePublication {
	asOf: string;
	/** The table's number as its publisher writes it, e.g. `019/B/NBP/2022`. */
	table?: string;
}

/**
 * A mid-market rate snapshot: units of each currency per one unit of `base` (an indirect
 * quotation, as the ECB publishes), or with `quotation: 'direct'`, units of `base` per one unit of
 * each currency (as the National Bank of Poland publishes). Rates are stored as published, never
 * as reciprocals.
 */
export interface RateSnapshot {
	source: string;
	base: string;
	asOf: string;
	rates: Record<string, string>;
	/** `direct`: each rate is units of `base` per one unit of its currency. Absent: indirect. */
	quotation?: 'direct';
	/** The published table the rates come from, e.g. `019/B/NBP/2022`. */
	table?: string;
	/**
	 * The snapshot holds only some of its source's currencies (one of several tables): for each
	 * currency the rate in force is the latest one published at or before the instant.
	 */
	partial?: true;
	/**
	 * Set by composing a source's partial snapshots: when and where each currency's rate was
	 * published. A currency without an entry was published with `asOf` (and `table`).
	 */
	published?: Record<string, RatePublication>;
	/** The next source in a schedule's order of preference, for a pair this one cannot price. */
	next?: RateSnapshot;
}

/** The rates a quote converted with: the source, the older of the pair's two publications, and their tables. */
export interface QuoteRates {
	source: string;
	asOf: string;
	/** The published tables of the pair's two rates (one when both share it), oldest first. */
	tables?: { asOf: string; table: string }[];
}

export type Mode = 'send' | 'pay' | 'receive';

/** A request with every default filled in (the service layer does that). */
export interface ResolvedRequest {
	schedule: string;
	version: string;
	at: string;
	type: string;
	funding: string;
	payout: string | null;
	profile: string | null;
	/** Present when the schedule declares speeds or the request named one. */
	speed?: string;
	/** Present when given or when the schedule has a `usagePeriod`; absent means "0". */
	sentThisPeriod?: string;
	/** Present when given or when the schedule has a `usagePeriod`; absent means 0. */
	transfersThisPeriod?: number;
	origin: string;
	destination: string;
	currency: string;
	targetCurrency: string | null;
	mode: Mode;
	amount: string;
	locale: string;
}

export interface Money {
	amount: string;
	currency: string;
}

export interface Explain {
	/** Only on lines of schedules that use allowances: null, or what the allowance did. */
	allowance?: { covered: string; remaining: string } | null;
	base: string;
	percent: string | null;
	fixed: string | null;
	tier: { basis?: 'period'; mode: 'volume' | 'graduated'; index: number } | null;
	raw: string;
	clamp: 'min' | 'max' | null;
}

export interface Line {
	id: string;
	category: 'fee' | 'tax';
	name: string;
	amount: string;
	currency: string;
	explain: Explain;
}

export type Severity = 'block' | 'warn' | 'info';

export interface Notice {
	code: string;
	/** The schedule's `help` for this code, in the request's locale. */
	help?: { text: string; url?: string };
	severity: Severity;
	message: string;
	/** For below_minimum / above_maximum: the limit entry and its amount in the send currency. */
	limit?: { id: string; amount: string; currency: string };
}

export interface ExchangeRate {
	mid: string;
	rate: string;
	marginPercent: string;
}

export interface Cost {
	total: Money;
	percent: string;
	allInMarkupPercent: string | null;
}

export interface QuoteResult {
	id: string;
	allowed: boolean;
	mode: Mode;
	request: ResolvedRequest;
	schedule: { id: string; version: string; hash: string };
	rates: QuoteRates | null;
	scope: 'domestic' | 'international';
	principal: Money | null;
	senderLines: Line[];
	transferFees: Money | null;
	transferTaxes: Money | null;
	total: Money | null;
	exchangeRate: ExchangeRate | null;
	converted: Money | null;
	recipientLines: Line[];
	received: Money | null;
	cost: Cost | null;
	delivery: { minHours: number; maxHours: number } | null;
	notices: Notice[];
}
