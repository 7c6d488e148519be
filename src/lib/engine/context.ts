import type { Component, Condition, MoneyMap, ResolvedRequest, Rounding, Schedule } from './types';
import type { Dec } from './decimal';
import type { MidRate } from './midRates';

/** The request's facts that conditions are matched against. */
export interface Facts {
	type: string;
	funding: string;
	payout: string | null;
	profile: string | null;
	currency: string;
	targetCurrency: string | null;
	origin: string;
	destination: string;
	scope: 'domestic' | 'international';
}

/** Everything fixed for one request while principals are tried. */
export interface Context {
	schedule: Schedule;
	request: ResolvedRequest;
	facts: Facts;
	mid: MidRate;
	send: string;
	target: string;
	rounding: Rounding;
	conversionRounding: Rounding;
	/** Components whose conditions other than `amount` match, in file order. */
	sender: Component[];
	recipient: Component[];
	fx: { when: Condition; marginPercent: string }[];
	/** MoneyMaps read in a currency, memoised per map. */
	readCache: Map<MoneyMap, Map<string, Dec>>;
}
