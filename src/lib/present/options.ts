import type { Schedule } from '../engine';
import { countryName, currencyName, type Locale } from '../words';

export interface Option {
	value: string;
	label: string;
}

export interface DestinationOption extends Option {
	currencies: string[];
}

export interface FormOptions {
	types: Option[];
	funding: Option[];
	payouts: Option[];
	profiles: Option[];
	origins: Option[];
	destinations: DestinationOption[];
	currencies: Option[];
}

/** The calculator's choices: the form's, and the speeds and usage its prices depend on. */
export interface CalculatorOptions extends FormOptions {
	/** The schedule's speeds, the default first; empty when it has none. */
	speeds: Option[];
	/** What "this period" means for the usage fields, when the schedule says. */
	usagePeriod: Schedule['usagePeriod'] | null;
	/** Whether any price depends on what was sent, or how many transfers were made, this period. */
	usage: { sent: boolean; transfers: boolean };
}

const named = (
	o: Record<string, { name: Record<string, string> }> | undefined,
	locale: Locale
): Option[] =>
	Object.entries(o ?? {}).map(([value, v]) => ({ value, label: v.name[locale] ?? v.name.en }));

/** Whether a value holds, anywhere inside it, an object for which `test` is true. */
function holds(v: unknown, test: (o: Record<string, unknown>) => boolean): boolean {
	if (Array.isArray(v)) return v.some((x) => holds(x, test));
	if (v === null || typeof v !== 'object') return false;
	const o = v as Record<string, unknown>;
	return test(o) || Object.values(o).some((x) => holds(x, test));
}

/**
 * Which usage a schedule's prices depend on: what was sent this period (an allowance or a tier
 * priced on the period), and how many transfers were made (a `transfersThisPeriod` condition).
 */
export function usageDependence(s: Schedule): { sent: boolean; transfers: boolean } {
	return {
		sent: holds(s.fees, (o) => 'allowance' in o || o.basis === 'period'),
		transfers: holds(s, (o) => 'transfersThisPeriod' in o)
	};
}

/** The choices a schedule offers, named in the locale; countries sorted by their names. */
export function formOptions(s: Schedule, locale: Locale): FormOptions {
	const collator = new Intl.Collator(locale);
	const countries = (codes: string[]) =>
		codes
			.map((value) => ({ value, label: countryName(value, locale) }))
			.sort((a, b) => collator.compare(a.label, b.label));
	return {
		types: named(s.types, locale),
		funding: named(s.funding, locale),
		payouts: named(s.payouts, locale),
		profiles: named(s.profiles, locale),
		origins: countries(s.origins),
		destinations: countries(Object.keys(s.destinations)).map((c) => ({
			...c,
			currencies: s.destinations[c.value].currencies
		})),
		currencies: s.currencies.map((value) => ({
			value,
			label: `${value} · ${currencyName(value, locale)}`
		}))
	};
}

/** A schedule's delivery speeds as choices, named in the locale, the default first (none without). */
export function speedOptions(s: Schedule, locale: Locale): Option[] {
	return named(s.speeds, locale);
}

/**
 * The calculator's choices for a schedule (apart from `formOptions`, so that the widget, which
 * has no usage fields, does not carry them).
 */
export function calculatorOptions(s: Schedule, locale: Locale): CalculatorOptions {
	return {
		...formOptions(s, locale),
		speeds: speedOptions(s, locale),
		usagePeriod: s.usagePeriod ?? null,
		usage: usageDependence(s)
	};
}
