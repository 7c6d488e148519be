import type { Component, MoneyMap, ResolvedRequest, Rounding, Schedule } from './types';
import type { Dec } from './decimal';
import type { MidRate } from './midRates';

/** The request's facts that conditions are matched against. */
export interface Facts {
	type: string;
	funding: string;
	payout: string | null;
	profile: string | null;
	speed: string | null;
	currency: string;
	targetCurrency: string | null;
	origin: string;
	destination: string;
	scope: 'domestic' | 'international';
	transfersThisPeriod: number;
	/** The quote's instant, epoch ms, for `window` conditions. */
	at: number;
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
	/** The request's `sentThisPeriod`, in the send currency. */
	sent: Dec;
	/** Components whose conditions other than `amount` match, in file order. */
	sender: Component[];
	recipient: Component[];
	fx: NonNullable<Schedule['fx']>;
	limits: NonNullable<Schedule['limits']>;
	notices: NonNullable<Schedule['notices']>;
	delivery: NonNullable<Schedule['delivery']>;
	/** MoneyMaps read in a currency, memoised per map and rate snapshot. */
	readCache: Map<MoneyMap, Map<string, Dec>>;
}
