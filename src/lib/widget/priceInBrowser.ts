import { computeQuote, minorUnits, type QuoteResult, type ResolvedRequest } from '../engine';
// The widget's build drops what it does not use of the quoting layer (zod among it).
import { amountCode, type RequestIssue } from '../quoting';
import { type EnginePayload, readAmount } from '../present';
import { type Locale, noticeMessage, widgetText } from '../words';
import type { WidgetForm } from './widgetForm';
import { type UsageNames, usageIssues } from './usageIssues';

/** What `GET /api/v1/pricing` answers: the schedule version in force, its hash and its rates. */
export type PricingData = EnginePayload;

export interface Priced {
	quote: QuoteResult | null;
	issues: RequestIssue[];
}

type AmountIssue = keyof typeof widgetText.en.amountIssue;

/** An amount the API would refuse: its code and path as the API gives them, in the widget's words. */
function issue(code: AmountIssue, locale: Locale, currency = '', places = ''): Priced {
	const words = widgetText[locale].amountIssue;
	const message = code === 'too_many_decimals' ? words[code](currency, places) : words[code];
	return { quote: null, issues: [{ path: ['amount'], code, message }] };
}

export interface PriceInBrowserOptions {
	locale: Locale;
	/** Epoch ms: the instant the form is priced at. */
	now: number;
	/** How the usage's issues name its fields: as the element's attributes, or /embed's parameters. */
	names?: UsageNames;
	/** The quote id's SHA-256; the engine's own by default; null: none (computeQuote). */
	sha256?: ((text: string) => string) | null;
}

/**
 * Prices a form in the browser with the engine, as `POST /api/v1/quote` would at `now`.
 *
 * The request is resolved here rather than by `quoting/resolveRequest`, which would bring the
 * rates layer's version and snapshot selection into the widget for nothing: the API has already
 * chosen both, and `formFor` has filled in every default from the schedule. What is left is the
 * amount's checks. tests/unit/widget/priceInBrowser.test.ts holds this to the API's answers.
 * `sha256` computes the quote's id (the engine's own by default; the element passes null and
 * fills it in with `withId`).
 *
 * @example
 * priceInBrowser(pricing, { ...form, amount: '100.00' }, { locale: 'en', now: Date.now() }).quote?.received
 * // { amount: '1728.68', currency: 'MXN' }
 */
export function priceInBrowser(
	data: PricingData,
	form: WidgetForm,
	{ locale, now, names = 'attribute', sha256 }: PriceInBrowserOptions
): Priced {
	const usage = usageIssues(form, { currency: form.currency, locale, names });
	if (usage.length) return { quote: null, issues: usage };
	const currency = form.mode === 'receive' ? form.targetCurrency : form.currency;
	// What people type ("1,000.50", "$200", full-width digits) is read as they mean it; anything
	// else goes to the API's checks as typed.
	const read = readAmount(form.amount, currency);
	const amount = read.ok ? read.amount : form.amount.trim();
	if (amount === '') return { quote: null, issues: [] };
	const code = amountCode(amount);
	if (code) return issue(code, locale);
	const places = minorUnits(currency);
	if (places !== undefined && (amount.split('.')[1]?.length ?? 0) > places)
		return issue('too_many_decimals', locale, currency, String(places));
	const s = data.schedule;
	const request: ResolvedRequest = {
		schedule: s.id,
		version: s.version,
		at: new Date(now).toISOString(),
		type: form.type,
		funding: form.funding,
		payout: form.payout || null,
		profile: form.profile || null,
		// Defaults as the API fills them in: `widgetForm` gives a speed only where there are speeds.
		...(form.speed && { speed: form.speed }),
		...((s.usagePeriod || form.sentThisPeriod) && { sentThisPeriod: form.sentThisPeriod || '0' }),
		...((s.usagePeriod || form.transfersThisPeriod) && {
			transfersThisPeriod: parseInt(form.transfersThisPeriod || '0', 10)
		}),
		origin: form.origin,
		destination: form.destination,
		currency: form.currency,
		targetCurrency: form.targetCurrency || null,
		mode: form.mode,
		amount,
		locale
	};
	const input = { schedule: s, hash: data.hash, snapshot: data.snapshot, request };
	return { quote: computeQuote(input, { sha256, words: noticeMessage }), issues: [] };
}
