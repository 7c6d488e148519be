import type { Mode } from '../engine';
import { isLocale, type Locale } from '../words';

export type Theme = 'light' | 'dark' | 'auto';

/** The element's attributes, in the order the snippets write them; the iframe takes the same names. */
export const WIDGET_ATTRIBUTES = [
	'api',
	'schedule',
	'type',
	'funding',
	'payout',
	'speed',
	'destination',
	'currency',
	'target-currency',
	'mode',
	'amount',
	'sent-this-period',
	'transfers-this-period',
	'locale',
	'theme',
	'compact'
] as const;

export type WidgetAttribute = (typeof WIDGET_ATTRIBUTES)[number];

/** The transfer an embed starts with; empty strings mean "the schedule's default". */
export interface WidgetRequest {
	schedule: string;
	type: string;
	funding: string;
	payout: string;
	speed: string;
	destination: string;
	currency: string;
	targetCurrency: string;
	mode: string;
	amount: string;
	/** What the sender has already sent and how many transfers they made in the usage period. */
	sentThisPeriod: string;
	transfersThisPeriod: string;
}

/** How an embed looks. */
export interface WidgetLook {
	locale: Locale;
	theme: Theme;
	compact: boolean;
}

const THEMES: Theme[] = ['light', 'dark', 'auto'];

/** A theme attribute's value, `light` unless it is one of the three. */
export function themeOf(value: string | null | undefined): Theme {
	return (THEMES as (string | null | undefined)[]).includes(value) ? (value as Theme) : 'light';
}

/** A locale attribute's value, `en` unless it is one of the app's locales. */
export function localeOf(value: string | null | undefined): Locale {
	return isLocale(value) ? value : 'en';
}

/** A boolean attribute: present (any value but "false") means true. */
export function flagOf(value: string | null | undefined): boolean {
	return value !== null && value !== undefined && value !== 'false';
}

/**
 * The starting request and look of an embed from its attributes or query parameters
 * (`target-currency` or `targetCurrency`, and likewise `sent-this-period` and
 * `transfers-this-period`); absent values are empty strings.
 *
 * @example
 * readWidgetOptions(new URLSearchParams('schedule=wallet-standard&compact').get.bind(…))
 * // { request: { schedule: 'wallet-standard', … }, look: { locale: 'en', theme: 'light', compact: true } }
 */
export function readWidgetOptions(get: (name: string) => string | null | undefined): {
	request: WidgetRequest;
	look: WidgetLook;
} {
	const s = (name: string) => get(name) ?? '';
	const either = (attribute: string, parameter: string) => get(attribute) ?? s(parameter);
	return {
		request: {
			schedule: s('schedule'),
			type: s('type'),
			funding: s('funding'),
			payout: s('payout'),
			speed: s('speed'),
			destination: s('destination'),
			currency: s('currency'),
			targetCurrency: either('target-currency', 'targetCurrency'),
			mode: s('mode'),
			amount: s('amount'),
			sentThisPeriod: either('sent-this-period', 'sentThisPeriod'),
			transfersThisPeriod: either('transfers-this-period', 'transfersThisPeriod')
		},
		look: {
			locale: localeOf(get('locale')),
			theme: themeOf(get('theme')),
			compact: flagOf(get('compact'))
		}
	};
}

/** The query `formFor` reads: only the fields given (a removed attribute reads as null). */
export function formQuery(r: {
	[K in keyof WidgetRequest]?: string | null;
}): Record<string, string | undefined> {
	const v = (x: string | null | undefined) => x || undefined;
	return {
		type: v(r.type),
		funding: v(r.funding),
		payout: v(r.payout),
		speed: v(r.speed),
		destination: v(r.destination),
		currency: v(r.currency),
		targetCurrency: v(r.targetCurrency),
		mode: v(r.mode) as Mode | undefined,
		amount: v(r.amount),
		sentThisPeriod: v(r.sentThisPeriod),
		transfersThisPeriod: v(r.transfersThisPeriod)
	};
}
