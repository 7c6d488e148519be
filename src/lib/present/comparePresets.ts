import type { Schedule } from '../engine';
import type { VaryKey } from '../quoting';
import { type Rules, selectVersion } from '../schedules';

/** The comparisons a person can ask for, by the query's `preset`. */
export const PRESETS = [
	'ways-to-pay',
	'home-abroad',
	'ways-to-receive',
	'destinations',
	'providers'
] as const;
export type Preset = (typeof PRESETS)[number];
export const DEFAULT_PRESET: Preset = 'ways-to-pay';

/** The request key each preset varies. */
export const PRESET_KEY: Record<Preset, VaryKey> = {
	'home-abroad': 'destination',
	'ways-to-pay': 'funding',
	'ways-to-receive': 'payout',
	destinations: 'destination',
	providers: 'schedule'
};

/** Most destinations "at home vs abroad" compares besides the domestic transfer. */
export const MAX_COUNTRIES = 5;

/** Destinations offered first for "at home vs abroad": large remittance corridors. */
const USUAL = ['MX', 'IN', 'PH', 'CN', 'GB', 'DE', 'FR', 'US', 'JP', 'BR'];

export function isPreset(value: string | undefined): value is Preset {
	return (PRESETS as readonly string[]).includes(value ?? '');
}

/**
 * The destinations for "at home vs abroad" from the query's `countries` (repeated or
 * comma-separated): those the schedule serves, other than the origin, without repeats, at most
 * MAX_COUNTRIES. None given (or none usable): the request's destination and usual corridors.
 */
export function chosenCountries(
	s: Schedule,
	asked: string[],
	{ origin, destination }: { origin: string; destination: string }
): { countries: string[]; limited: boolean } {
	const usable = (c: string) => Object.hasOwn(s.destinations, c) && c !== origin;
	const wanted = [
		...new Set(asked.flatMap((v) => v.split(',')).map((v) => v.trim().toUpperCase()))
	].filter(usable);
	if (wanted.length)
		return {
			countries: wanted.slice(0, MAX_COUNTRIES),
			limited: wanted.length > MAX_COUNTRIES
		};
	const defaults = [...new Set([destination, ...USUAL])].filter(usable).slice(0, 4);
	return { countries: defaults, limited: false };
}

/** What a preset's values are taken from: the rules, the schedule asked about, the request. */
export interface PresetSource {
	rules: Rules;
	schedule: Schedule;
	origin: string;
	/** For "at home vs abroad": the destinations chosen (`chosenCountries`). */
	countries: string[];
	/** For "providers": the corridor a provider must serve, at an instant (default now). */
	corridor?: { currency?: string; destination?: string; at?: number };
}

/** The values a preset compares, in the order the table lists ties. */
export function presetValues(
	preset: Preset,
	{ rules, schedule: s, origin, countries, corridor }: PresetSource
): string[] {
	switch (preset) {
		case 'home-abroad':
			return [origin, ...countries];
		case 'ways-to-pay':
			return Object.keys(s.funding);
		case 'ways-to-receive':
			return Object.keys(s.payouts ?? {});
		case 'destinations':
			return Object.keys(s.destinations);
		case 'providers':
			// Only providers whose version in force (else first) serves the corridor asked about.
			return [...rules.schedules.entries()]
				.filter(([, versions]) => {
					const v = selectVersion(versions, corridor?.at ?? Date.now()) ?? versions[0];
					const c = v.schedule;
					return (
						(!corridor?.currency || c.currencies.includes(corridor.currency)) &&
						(!corridor?.destination || Object.hasOwn(c.destinations, corridor.destination))
					);
				})
				.map(([id]) => id);
	}
}

/** Why a provider does not serve a corridor. */
export type NotServedReason = 'origin' | 'currency' | 'destination' | 'target_currency';

/** Funding sources a person would take for one another, nearest first. */
const NEAR_FUNDING: Record<string, string[]> = {
	debit_card: ['card', 'credit_card'],
	credit_card: ['card', 'debit_card'],
	card: ['debit_card', 'credit_card'],
	balance: ['wallet'],
	wallet: ['balance']
};

/**
 * For "providers": the request as provider `s` can take it, or why it does not serve the corridor
 * (the sender's country, the send currency, the destination or the currency received). Type and
 * funding come from the schedule's own keys, closest to what was asked: the same key, else (for
 * funding) a near one such as `card` for `debit_card`, else the schedule's first; payout,
 * profile and speed as asked where the schedule offers them, else its default. `changed` names what differs.
 *
 * @example
 * providerRequest(paypal, { type: 'transfer', funding: 'debit_card', origin: 'US', destination: 'MX', currency: 'USD', … })
 * // { ok: true, request: { …, type: 'personal', funding: 'card' }, changed: ['type', 'funding'] }
 */
export function providerRequest(
	s: Schedule,
	request: Record<string, string>
):
	| { ok: true; request: Record<string, string>; changed: ('type' | 'funding')[] }
	| { ok: false; reason: NotServedReason } {
	const origin = request.origin ?? s.origins[0];
	if (!s.origins.includes(origin)) return { ok: false, reason: 'origin' };
	if (!s.currencies.includes(request.currency)) return { ok: false, reason: 'currency' };
	if (!Object.hasOwn(s.destinations, request.destination))
		return { ok: false, reason: 'destination' };
	const target = request.targetCurrency;
	if (target && !s.destinations[request.destination].currencies.includes(target))
		return { ok: false, reason: 'target_currency' };
	const out: Record<string, string> = { ...request, schedule: s.id };
	delete out.version;
	const has = (o: Record<string, unknown> | undefined, k: string | undefined) =>
		k !== undefined && Object.hasOwn(o ?? {}, k);
	const types = Object.keys(s.types);
	out.type = has(s.types, request.type) ? request.type : types[0];
	const funding = [request.funding, ...(NEAR_FUNDING[request.funding] ?? [])];
	out.funding = funding.find((f) => has(s.funding, f)) ?? Object.keys(s.funding)[0];
	if (!has(s.payouts, request.payout)) delete out.payout;
	if (!has(s.profiles, request.profile)) delete out.profile;
	if (!has(s.speeds, request.speed)) delete out.speed;
	const changed = (['type', 'funding'] as const).filter((k) => out[k] !== request[k]);
	return { ok: true, request: out, changed };
}
