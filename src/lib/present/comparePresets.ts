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
	origin: string,
	destination: string
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

/** The values a preset compares, in the order the table lists ties. */
export function presetValues(
	preset: Preset,
	rules: Rules,
	s: Schedule,
	origin: string,
	countries: string[],
	corridor?: { currency?: string; destination?: string; at?: number }
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

/**
 * For "providers": the request keys that only some of the schedules offer a value for (payout
 * and profile are the schedule's own words); they are left out so each schedule uses its first.
 */
export function scheduleOwnKeys(
	rules: Rules,
	request: Record<string, string>,
	at: number
): ('payout' | 'profile')[] {
	const inForce = (id: string) => {
		const versions = rules.schedules.get(id)!;
		return (selectVersion(versions, at) ?? versions[0]).schedule;
	};
	const all = [...rules.schedules.keys()].map(inForce);
	const offers = (k: 'payout' | 'profile', s: Schedule) =>
		Object.hasOwn((k === 'payout' ? s.payouts : s.profiles) ?? {}, request[k]);
	return (['payout', 'profile'] as const).filter(
		(k) => request[k] !== undefined && !all.every((s) => offers(k, s))
	);
}
