/** One request of a price-impact grid, in short form; every default is filled in. */
export interface ImpactRequest {
	type: string;
	funding: string;
	payout: string | null;
	profile: string | null;
	origin: string;
	destination: string;
	currency: string;
	targetCurrency: string | null;
	/** In the send currency (`mode` is always `send`). */
	amount: string;
}

/** The request priced under one version; amounts are decimal strings, `null` when not priced. */
export interface ImpactSide {
	allowed: boolean;
	/** False when the version does not declare one of the request's keys (an `unsupported_*` code). */
	supported: boolean;
	/** `cost.total` in the send currency. */
	costTotal: string | null;
	/** What the sender pays, in the send currency. */
	total: string | null;
	/** What the recipient gets, in `targetCurrency`. */
	received: string | null;
	/** Codes of the block notices, in the quote's order. */
	codes: string[];
	/** Codes of the warn and info notices. */
	notices: string[];
}

/** A request priced under both versions. */
export interface ImpactRow {
	request: ImpactRequest;
	before: ImpactSide;
	after: ImpactSide;
	/** after − before cost total, in the send currency; `null` unless both were priced. */
	deltaCost: string | null;
	/**
	 * The change as a percent of the old cost total, half-up to 2 decimals; `null` unless both
	 * were priced, or when the old cost was zero and the new one is not.
	 */
	deltaPercent: string | null;
}

export interface ImpactAxes {
	types: string[];
	funding: string[];
	/** `[null]` when neither version declares payouts. */
	payouts: (string | null)[];
	destinations: string[];
	/** Send currencies that were priced. */
	currencies: string[];
	/** The first version's base currency, which `amounts` are in. */
	baseCurrency: string;
	/** Amounts in the base currency; each send currency gets their equivalents. */
	amounts: string[];
}

/** A histogram bin of the change in cost, in percent: `from` and `to` are `null` when unbounded. */
export interface ImpactBin {
	from: string | null;
	to: string | null;
	count: number;
}

export interface CostDistribution {
	/** Ascending; `{from: '0', to: '0'}` counts the unchanged. */
	bins: ImpactBin[];
	/** Rows whose old cost was zero and new cost is not (no percent change). */
	fromZero: number;
}
