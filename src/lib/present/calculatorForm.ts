import type { Mode, Schedule } from '../engine';
import { readAmount, type AmountReading } from './readAmount';

/** The calculator's fields: the request's field names from quote.md, as strings. */
export interface CalculatorForm {
	schedule: string;
	version: string;
	at: string;
	type: string;
	funding: string;
	payout: string;
	profile: string;
	/** A speed key, or '' when the schedule has no speeds. */
	speed: string;
	/** Usage this period as typed ('' = none given: the API's zero). */
	sentThisPeriod: string;
	transfersThisPeriod: string;
	origin: string;
	destination: string;
	currency: string;
	targetCurrency: string;
	mode: Mode;
	amount: string;
}

const MODES: Mode[] = ['send', 'pay', 'receive'];

/**
 * The fields of a rendered calculator form that differ from `form`, or null when none do (or
 * there is no such form).
 */
export function formValues(
	el: HTMLFormElement | null,
	form: CalculatorForm
): Partial<CalculatorForm> | null {
	if (!el) return null;
	const data = new FormData(el);
	const changed: Partial<Record<keyof CalculatorForm, string>> = {};
	for (const key of Object.keys(form) as (keyof CalculatorForm)[]) {
		const v = data.get(key);
		if (typeof v !== 'string' || v === form[key]) continue;
		if (key === 'mode' && !(MODES as string[]).includes(v)) continue;
		changed[key] = v;
	}
	return Object.keys(changed).length ? (changed as Partial<CalculatorForm>) : null;
}
const first = (o: Record<string, unknown> | undefined) => Object.keys(o ?? {})[0] ?? '';

/**
 * The form for a schedule, from query parameters with the schedule's defaults filled in. A
 * receive currency the destination does not offer is replaced by its first one: reported, unless
 * `targetFor` (what the form without JavaScript sends: the destination its currency list was
 * for) says the person chose another country, whose own currency they expect.
 */
export function formFor(
	s: Schedule,
	q: Record<string, string | undefined>
): { form: CalculatorForm; targetChanged: { from: string; to: string } | null } {
	const pick = (v: string | undefined, keys: string[], fallback: string) =>
		v !== undefined && keys.includes(v) ? v : fallback;
	const destinations = Object.keys(s.destinations);
	const destination = pick(
		q.destination,
		destinations,
		destinations.find((d) => !s.origins.includes(d)) ?? destinations[0]
	);
	const offered = s.destinations[destination]?.currencies ?? [];
	const wanted = q.targetCurrency;
	const targetCurrency = wanted && offered.includes(wanted) ? wanted : (offered[0] ?? '');
	return {
		form: {
			schedule: s.id,
			version: q.version ?? '',
			at: q.at ?? '',
			type: pick(q.type, Object.keys(s.types), first(s.types)),
			funding: pick(q.funding, Object.keys(s.funding), first(s.funding)),
			payout: pick(q.payout, Object.keys(s.payouts ?? {}), first(s.payouts)),
			profile: pick(q.profile, Object.keys(s.profiles ?? {}), first(s.profiles)),
			speed: pick(q.speed, Object.keys(s.speeds ?? {}), first(s.speeds)),
			sentThisPeriod: q.sentThisPeriod ?? '',
			transfersThisPeriod: q.transfersThisPeriod ?? '',
			origin: pick(q.origin, s.origins, s.origins[0]),
			destination,
			currency: pick(q.currency, s.currencies, s.currencies[0]),
			targetCurrency,
			mode: (MODES as string[]).includes(q.mode ?? '') ? (q.mode as Mode) : 'send',
			amount: q.amount ?? ''
		},
		targetChanged:
			wanted && wanted !== targetCurrency && (q.targetFor ?? destination) === destination
				? { from: wanted, to: targetCurrency }
				: null
	};
}

/** The quote request of a form: empty optional fields are left out. */
export function requestOf(form: CalculatorForm, locale: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(form)) if (v !== '') out[k] = v;
	out.locale = locale;
	return out;
}

/** The query string of a form (the same field names as the API). */
export function queryOf(form: CalculatorForm, locale: string): string {
	return new URLSearchParams(requestOf(form, locale)).toString();
}

/** The currency an amount is typed in: the receive currency in `receive` mode. */
export function amountCurrency(form: CalculatorForm): string {
	return form.mode === 'receive' ? form.targetCurrency : form.currency;
}

/**
 * The form with its amount read as a person means it (the API's canonical amount when it can be
 * read, the text as typed otherwise) and the reading itself.
 */
export function readForm(form: CalculatorForm): { form: CalculatorForm; reading: AmountReading } {
	const reading = readAmount(form.amount, amountCurrency(form));
	// The usage fields forgive the same way; what cannot be read goes to the API as typed, which
	// names the field.
	const sent = readAmount(form.sentThisPeriod, form.currency);
	const count = form.transfersThisPeriod.normalize('NFKC').replace(/[\s,]+/g, '');
	return {
		form: {
			...form,
			...(reading.ok && { amount: reading.amount }),
			...(sent.ok && { sentThisPeriod: sent.amount }),
			transfersThisPeriod: /^[0-9]+$/.test(count) ? count : form.transfersThisPeriod.trim()
		},
		reading
	};
}
