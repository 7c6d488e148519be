import type { PageContext } from './PageContext';
import { Dec, knownCurrencies } from '../../engine';
import { decodeReceipt, type DecodeResult } from '../../quoting';
import { selectVersion, type Rules } from '../../schedules';
import {
	type DecodeForm,
	type DecodeModel,
	type Option,
	type DecodeView,
	readAmount
} from '../../present';
import {
	countryName,
	currencyName,
	formatMoney,
	formatNumber,
	formatRateLine,
	formatTime,
	type Locale,
	rateWords
} from '../../words';
import { quoteOptions } from '..';

const AMOUNTS = new Set(['sent', 'received', 'fee']);

/** Currencies the reference rates can price, named in the locale. */
function currencyOptions(rules: Rules, locale: Locale): Option[] {
	const codes = new Set<string>();
	for (const list of rules.rates.values())
		for (const s of list) {
			codes.add(s.base);
			for (const c of Object.keys(s.rates)) codes.add(c);
		}
	const known = new Set(knownCurrencies());
	return [...codes]
		.filter((c) => known.has(c))
		.sort()
		.map((c) => ({ value: c, label: `${c} · ${currencyName(c, locale)}` }));
}

/** Countries some schedule in force sends to, by name; the first option compares nothing. */
function destinationOptions(rules: Rules, locale: Locale, now: number, none: string): Option[] {
	const codes = new Set<string>();
	for (const versions of rules.schedules.values()) {
		const s = selectVersion(versions, now)?.schedule;
		for (const c of Object.keys(s?.destinations ?? {})) codes.add(c);
	}
	const collator = new Intl.Collator(locale);
	const named = [...codes].map((c) => ({ value: c, label: countryName(c, locale) }));
	return [{ value: '', label: none }, ...named.sort((a, b) => collator.compare(a.label, b.label))];
}

/** The calculator's URL for the same delivery: the API's field names, `receive` mode. */
function calculatorHref(i: DecodeResult['instead'][number], locale: Locale): string {
	const r = i.quote.request;
	const q = new URLSearchParams({
		schedule: i.schedule,
		mode: 'receive',
		amount: r.amount,
		destination: r.destination,
		currency: r.currency,
		targetCurrency: r.targetCurrency ?? '',
		type: i.type,
		funding: i.funding,
		...(i.payout ? { payout: i.payout } : {}),
		locale
	});
	return `/?${q}`;
}

function view(
	rules: Rules,
	d: DecodeResult,
	at: string,
	locale: Locale,
	form: DecodeForm
): DecodeView {
	const money = (m: { amount: string; currency: string }) =>
		formatMoney(m.amount, m.currency, locale);
	const fx = new Dec(d.cost.fx.amount);
	const fee = new Dec(d.cost.fee.amount);
	const whole = fx.plus(fee);
	const share = (x: InstanceType<typeof Dec>) => x.dividedBy(whole).times(100).toFixed(1);
	const schedules = new Map(
		[...rules.schedules].map(([id, versions]) => [
			id,
			selectVersion(versions, Date.parse(at))?.schedule
		])
	);
	const words = rateWords(d.reference, Date.parse(at), locale);
	return {
		worse: !d.marginPercent.startsWith('-'),
		marginPercent: formatNumber(d.marginPercent.replace(/^-/, ''), locale, 2),
		total: money(d.cost.total),
		percent: formatNumber(d.cost.percent, locale, 2),
		fx: money(d.cost.fx),
		fee: money(d.cost.fee),
		allInMarkupPercent: formatNumber(d.allInMarkupPercent, locale, 2),
		bar:
			fx.isNegative() || fee.isNegative() || whole.isZero()
				? null
				: { fee: share(fee), fx: share(fx) },
		yourRate: formatRateLine(form.sentCurrency, d.effectiveRate, form.receivedCurrency, locale),
		referenceRate: formatRateLine(
			form.sentCurrency,
			d.reference.mid,
			form.receivedCurrency,
			locale
		),
		reference: {
			source: words.source,
			asOf: formatTime(Date.parse(d.reference.asOf), locale, 'Europe/Berlin'),
			tables: words.tables,
			age: words.age,
			on: formatTime(Date.parse(at), locale, 'UTC')
		},
		instead: d.instead.map((i) => {
			const s = schedules.get(i.schedule);
			const name = (
				o: Record<string, { name: Record<string, string> }> | undefined,
				k: string | null
			) => (k === null ? '' : (o?.[k]?.name[locale] ?? o?.[k]?.name.en ?? k));
			return {
				schedule: i.schedule,
				name: s ? (s.name[locale] ?? s.name.en) : i.schedule,
				way: [name(s?.funding, i.funding), name(s?.payouts, i.payout)].filter(Boolean).join(' → '),
				total: money(i.total),
				saving: money({ ...i.saving, amount: i.saving.amount.replace(/^-/, '') }),
				cheaper: !i.saving.amount.startsWith('-') && !new Dec(i.saving.amount).isZero(),
				href: calculatorHref(i, locale)
			};
		}),
		notices: d.notices
	};
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What `/decode` shows for its query: the form as typed (amounts read as people type them), its
 * choices, and once a receipt is given, its decoding in words or the issues beside each field.
 *
 * @example
 * decodeModel(new URLSearchParams('sent=1,000&sentCurrency=USD&received=16950&receivedCurrency=MXN&date=2026-03-16'), { rules, locale: 'en', now: Date.now() })
 * // { result: { worse: true, marginPercent: '4.92', … }, issues: [], … }
 */
export function decodeModel(
	params: URLSearchParams,
	{ rules, locale, now }: PageContext,
	words: { none: string; names: Record<string, string> } = { none: '—', names: {} }
): DecodeModel {
	const today = new Date(now).toISOString().slice(0, 10);
	const form: DecodeForm = {
		sent: params.get('sent') ?? '',
		sentCurrency: params.get('sentCurrency') ?? 'USD',
		received: params.get('received') ?? '',
		receivedCurrency: params.get('receivedCurrency') ?? 'MXN',
		fee: params.get('fee') ?? '',
		date: params.get('date') ?? today,
		destination: params.get('destination') ?? ''
	};
	const base = {
		locale,
		form,
		today,
		currencies: currencyOptions(rules, locale),
		destinations: destinationOptions(rules, locale, now, words.none)
	};
	if (!params.has('sent') && !params.has('received')) return { ...base, issues: [], result: null };
	const input: Record<string, string> = { locale };
	for (const [field, value] of Object.entries(form)) {
		const typed = value.trim();
		if (typed === '') continue;
		if (!AMOUNTS.has(field)) input[field] = typed;
		else {
			// As the calculator reads it; what it cannot read goes to the strict rules as typed.
			const read = readAmount(typed);
			input[field] = read.ok ? read.amount : typed;
		}
	}
	const out = decodeReceipt(rules, input, { ...quoteOptions(now), names: words.names });
	if (!out.ok) {
		const issues = out.issues.map((i) => ({ ...i, message: sentence(i.message) }));
		return { ...base, issues, result: null };
	}
	return { ...base, issues: [], result: view(rules, out.result, out.at, locale, form) };
}
