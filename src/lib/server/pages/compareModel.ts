import type { PageContext } from './PageContext';
import {
	Dec,
	midRates,
	minorUnits,
	NoRateError,
	type QuoteResult,
	type RateSnapshot
} from '../../engine';
import {
	compareQuotes,
	type CompareOutcome,
	costCurve,
	type Excluded,
	costSplit,
	logAmounts,
	quote,
	type VaryKey
} from '../../quoting';
import { selectVersion } from '../../schedules';
import type { Rules, ScheduleVersion } from '../../schedules';
import {
	amountCurrency,
	chosenCountries,
	type CompareModel,
	type CompareNote,
	type CompareRow,
	type CostCurveModel,
	type CurveMarker,
	type CurveSeries,
	DEFAULT_PRESET,
	formFor,
	formOptions,
	isPreset,
	MAX_COUNTRIES,
	PRESET_KEY,
	presetValues,
	providerRequest,
	readForm,
	requestOf
} from '../../present';
import { countryName, type Locale, rateWords } from '../../words';
import { quoteOptions } from '..';
import { pageRequest, scheduleOptions } from './pageRequest';

/** Standard amounts of the World Bank's Remittance Prices Worldwide, in USD. */
export const STANDARD_USD = ['200', '500'];
/** The cost curve runs from the equivalent of USD 10 to USD 10,000, at this many amounts. */
export const CURVE_USD = { from: '10', to: '10000', points: 60 };
/** At most this many options get a cost curve … */
export const MAX_CURVES = 5;
/** … chosen among this many, so that options with the same costs are drawn once. */
const MAX_CANDIDATES = 10;

/** An amount in USD converted at the mid rate into `currency`, unrounded; null without a rate. */
function fromUsd(snapshot: RateSnapshot | null, usd: string, currency: string): Dec | null {
	if (!snapshot) return currency === 'USD' ? new Dec(usd) : null;
	try {
		return new Dec(usd).times(midRates(snapshot)('USD', currency));
	} catch (e) {
		if (e instanceof NoRateError) return null;
		throw e;
	}
}

function labelOf(rules: Rules, key: VaryKey, value: string, version: ScheduleVersion, l: Locale) {
	const s = version.schedule;
	const named = (o: Record<string, { name: Record<string, string> }> | undefined) =>
		o && Object.hasOwn(o, value) ? (o[value].name[l] ?? o[value].name.en) : value;
	switch (key) {
		case 'destination':
			return countryName(value, l);
		case 'funding':
			return named(s.funding);
		case 'payout':
			return named(s.payouts);
		case 'speed':
			return named(s.speeds);
		case 'type':
			return named(s.types);
		case 'schedule': {
			const other = rules.schedules.get(value)?.at(-1)?.schedule;
			return other ? (other.name[l] ?? other.name.en) : value;
		}
	}
}

/** Each ranked quote as a row: cheapest marked, the request's own option marked. */
function rowsOf(
	rules: Rules,
	quotes: QuoteResult[],
	key: VaryKey,
	base: Record<string, string>,
	label: (value: string) => string,
	own?: Map<string, { request: Record<string, string>; detail?: string }>
): CompareRow[] {
	const cheapest = quotes.find((q) => q.allowed && q.cost)?.cost?.total.amount;
	let rank = 0;
	return quotes.map((q) => {
		const value = String(q.request[key] ?? '');
		const link = own?.get(value)?.request ?? { ...base, [key]: value };
		if (key === 'destination') delete link.targetCurrency;
		if (key === 'schedule') delete link.version;
		return {
			value,
			label: label(value),
			...(own?.get(value)?.detail && { detail: own.get(value)!.detail }),
			rank: q.allowed ? ++rank : null,
			cheapest:
				q.allowed && cheapest !== undefined && q.cost !== null && q.cost.total.amount === cheapest,
			current: value === base[key],
			domestic: q.scope === 'domestic',
			quote: {
				allowed: q.allowed,
				scope: q.scope,
				total: q.total,
				received: q.received,
				cost: q.cost,
				delivery: q.delivery,
				exchangeRate: q.exchangeRate && { marginPercent: q.exchangeRate.marginPercent },
				notices: q.notices.filter((n) => n.severity !== 'info')
			},
			split: costSplit(rules, q),
			query: new URLSearchParams(link).toString()
		};
	});
}

/** The rates of the options that convert, in words, each with the labels of the options using them. */
function ratesOf(quotes: QuoteResult[], rows: CompareRow[], locale: Locale) {
	const groups = new Map<string, string[]>();
	quotes.forEach((q, i) => {
		if (!q.exchangeRate || !q.rates) return;
		const text = rateWords(q.rates, Date.parse(q.request.at), locale).text;
		if (!groups.has(text)) groups.set(text, []);
		groups.get(text)!.push(rows[i].label);
	});
	return [...groups].map(([text, labels]) => ({ text, labels }));
}

/** The log-spaced amounts of the curve and the standard amounts, in the send currency. */
function curveAmounts(snapshot: RateSnapshot | null, currency: string) {
	const places = minorUnits(currency) ?? 2;
	const from = fromUsd(snapshot, CURVE_USD.from, currency);
	const to = fromUsd(snapshot, CURVE_USD.to, currency);
	const amounts = logAmounts({
		from: from ? from.toString() : CURVE_USD.from,
		to: to ? to.toString() : CURVE_USD.to,
		count: CURVE_USD.points,
		places
	});
	const markers: CurveMarker[] = [];
	for (const usd of STANDARD_USD) {
		const amount = fromUsd(snapshot, usd, currency);
		if (amount)
			markers.push({
				usd,
				amount: amount.toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed(places)
			});
	}
	return { amounts, markers };
}

/**
 * Cost curves, in `send` mode, of up to MAX_CURVES allowed options from the cheapest (or, with
 * `dearest`, the dearest) end of the ranking: an option whose costs equal a drawn one's at every
 * amount is named with it instead of drawn again.
 */
function curveOf(
	rules: Rules,
	quotes: QuoteResult[],
	rows: CompareRow[],
	snapshot: RateSnapshot | null,
	currency: string,
	dearest: boolean,
	now: number
): CostCurveModel | null {
	const allowed = rows.flatMap((r, i) =>
		r.quote.allowed ? [{ ...r, request: quotes[i].request }] : []
	);
	const candidates = (dearest ? allowed.reverse() : allowed).slice(0, MAX_CANDIDATES);
	if (candidates.length === 0) return null;
	const { amounts, markers } = curveAmounts(snapshot, currency);
	const options = quoteOptions(now);
	const series: CurveSeries[] = [];
	const keys: string[] = [];
	for (const r of candidates) {
		const request: Record<string, string> = {};
		for (const [k, v] of Object.entries(r.request)) if (v !== null) request[k] = v;
		request.mode = 'send';
		const line = costCurve(rules, request, { ...options, amounts });
		if (!line.ok) continue;
		const key = JSON.stringify(line.points.map((p) => [p.allowed, p.costTotal]));
		const same = keys.indexOf(key);
		if (same >= 0) series[same].alsoFor.push(r.label);
		else if (series.length < MAX_CURVES) {
			const at = costCurve(rules, request, { ...options, amounts: markers.map((m) => m.amount) });
			if (!at.ok) continue;
			keys.push(key);
			series.push({
				value: r.value,
				label: r.label,
				points: line.points,
				markers: at.points,
				alsoFor: []
			});
		}
	}
	return {
		dearest,
		currency,
		amounts,
		markers,
		series
	};
}

/**
 * "Providers": every schedule in force at `at` (else its first version) that serves the corridor,
 * each asked with its own type and funding closest to the request's (`providerRequest`); the
 * others named with the reason. Quotes are ranked as `compareQuotes` ranks them: allowed ones by
 * total cost (one send currency), then blocked ones.
 */
function providersOf(rules: Rules, base: Record<string, string>, at: number, locale: Locale) {
	const notServed: Extract<CompareNote, { code: 'not_served' }>['providers'] = [];
	const own = new Map<string, { request: Record<string, string>; detail?: string }>();
	for (const [id, versions] of rules.schedules) {
		const s = (selectVersion(versions, at) ?? versions[0]).schedule;
		const name = s.name[locale] ?? s.name.en;
		const r = providerRequest(s, base);
		if (!r.ok) {
			const value = { origin: base.origin, currency: base.currency }[r.reason as string];
			notServed.push({
				label: name,
				reason: r.reason,
				value: value ?? (r.reason === 'destination' ? base.destination : base.targetCurrency)
			});
			continue;
		}
		const named = (o: Record<string, { name: Record<string, string> }>, k: string) =>
			o[k].name[locale] ?? o[k].name.en;
		const detail = r.changed.length
			? `${named(s.types, r.request.type)} · ${named(s.funding, r.request.funding)}`
			: undefined;
		own.set(id, { request: r.request, detail });
	}
	const outcome = (now: number): CompareOutcome => {
		const quotes: QuoteResult[] = [];
		const excluded: Excluded[] = [];
		for (const [id, { request }] of own) {
			const q = quote(rules, request, quoteOptions(now));
			if (q.ok) quotes.push(q.quote);
			else excluded.push({ change: { schedule: id }, issues: q.issues });
		}
		if (quotes.length === 0 && excluded.length)
			return { ok: false, issues: excluded.flatMap((e) => e.issues) };
		const cost = (q: QuoteResult) => new Dec(q.cost?.total.amount ?? '0');
		const ranked = [
			...quotes.filter((q) => q.allowed).sort((a, b) => cost(a).comparedTo(cost(b))),
			...quotes.filter((q) => !q.allowed)
		];
		return { ok: true, quotes: ranked, excluded };
	};
	return { notServed, own, outcome };
}

/**
 * Everything the comparison page needs for a query string: the calculator's fields (the same
 * names as the request) with defaults, `preset` and, for "at home vs abroad", `countries`; the
 * quotes ranked by `compareQuotes`, each with its cost split; and the cost curves of the first
 * options.
 */
export function compareModel(
	query: URLSearchParams,
	{ rules, locale, now }: PageContext
): CompareModel {
	const { q, id, at, version, snapshot } = pageRequest(rules, query, now);
	const s = version.schedule;
	const { form } = formFor(s, { ...q, schedule: id });
	const preset = isPreset(q.preset) ? q.preset : DEFAULT_PRESET;
	const key = PRESET_KEY[preset];
	const notes: CompareNote[] = [];

	if (key === 'destination' && form.mode === 'receive') {
		form.mode = 'send';
		notes.push({ code: 'mode_changed' });
	}
	if (form.amount.trim() === '') {
		const currency = form.mode === 'receive' ? form.targetCurrency : form.currency;
		const places = minorUnits(currency) ?? 2;
		const amount = fromUsd(snapshot, STANDARD_USD[0], currency) ?? new Dec(STANDARD_USD[0]);
		form.amount = amount.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toFixed(places);
		notes.push({ code: 'amount_defaulted', amount: form.amount, currency });
	}
	const { countries, limited } = chosenCountries(s, query.getAll('countries'), form);
	if (preset === 'home-abroad' && limited)
		notes.push({ code: 'countries_limited', max: MAX_COUNTRIES });

	// The amount as people type it ("1,000.50", "$200"), read as the calculator reads it; what
	// cannot be read goes to the API as typed, which names the problem beside the field.
	const read = readForm(form);
	const base = requestOf(read.reading.ok ? read.form : form, locale);
	const values = presetValues(preset, {
		rules,
		schedule: s,
		origin: form.origin,
		countries,
		corridor: { currency: form.currency, destination: form.destination, at }
	});
	const providers = preset === 'providers' ? providersOf(rules, base, at, locale) : null;
	if (providers && [...providers.own.values()].some((p) => p.detail))
		notes.push({ code: 'own_choices' });
	if (providers?.notServed.length)
		notes.push({ code: 'not_served', providers: providers.notServed });
	if (preset !== 'providers' && values.length === 0) notes.push({ code: 'no_choice' });
	const out = providers
		? providers.outcome(now)
		: compareQuotes(
				rules,
				{ request: base, vary: values.length ? { [key]: values } : {} },
				quoteOptions(now)
			);
	const label = (v: string) => labelOf(rules, key, v, version, locale);
	const rows = out.ok ? rowsOf(rules, out.quotes, key, base, label, providers?.own) : [];
	return {
		schedules: scheduleOptions(rules, locale),
		form,
		options: formOptions(s, locale),
		preset,
		key,
		countries,
		notes,
		issues: out.ok ? [] : out.issues,
		rows,
		asked: read.reading.ok
			? {
					mode: read.form.mode,
					amount: read.form.amount,
					currency: amountCurrency(read.form),
					origin: read.form.origin,
					destination: key === 'destination' ? null : read.form.destination
				}
			: null,
		excluded: out.ok
			? out.excluded.map((e) => ({
					label: label(e.change[key] ?? ''),
					messages: e.issues.map((i) => i.message)
				}))
			: [],
		rates: out.ok ? ratesOf(out.quotes, rows, locale) : [],
		curve: out.ok
			? curveOf(rules, out.quotes, rows, snapshot, form.currency, preset === 'destinations', now)
			: null
	};
}
