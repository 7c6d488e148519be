import type Decimal from 'decimal.js';
import type { Money, Notice, QuoteResult, RateSnapshot } from '../engine';
import type { PriceOptions } from './PriceOptions';
import { Dec, midRates, minorUnits, pairRates, sourceFor } from '../engine';
import { chainSources, ratesInForce } from '../rates';
import type { Rules } from '../schedules';
import { selectVersion } from '../schedules';
import type { RequestIssue } from './RequestIssue';
import { type RequestIssueCode, requestMessage } from '../words';
import { parseDecodeRequest, type DecodeRequest } from './parseDecodeRequest';
import { quote } from './quote';

/** What a schedule here would have charged to deliver the same amount, and what that would have saved. */
export interface DecodeAlternative {
	schedule: string;
	version: string;
	type: string;
	funding: string;
	payout: string | null;
	total: Money;
	saving: Money;
	quote: QuoteResult;
}

/** A decoded receipt (decode.md): the reference rate, the mark-up hidden in the rate, the cost. */
export interface DecodeResult {
	/** The rate decoded against: its source, the older publication of the pair and, for a source of tables, both tables. */
	reference: {
		source: string;
		asOf: string;
		tables?: { asOf: string; table: string }[];
		mid: string;
	};
	effectiveRate: string;
	marginPercent: string;
	allInMarkupPercent: string;
	cost: { fx: Money; fee: Money; total: Money; percent: string };
	instead: DecodeAlternative[];
	notices: Notice[];
}

export type DecodeOutcome =
	| { ok: true; result: DecodeResult; request: DecodeRequest; at: string }
	| { ok: false; issues: RequestIssue[] };

const HALF_UP: Decimal.Rounding = Dec.ROUND_HALF_UP;
const OLD_MS = 96 * 3_600_000;

/** `x` half-up to `places` decimals, never "-0.00". */
function fixed(x: InstanceType<typeof Dec>, places: number): string {
	const rounded = x.toDecimalPlaces(places, HALF_UP);
	return (rounded.isZero() ? rounded.abs() : rounded).toFixed(places);
}

/** The sources to read, in order: the one `source` names, else `ecb`, `nbp`, then the others alphabetically. */
function pickSources(rules: Rules, source: string | undefined): string[] | [RequestIssueCode] {
	if (source !== undefined) return rules.rates.has(source) ? [source] : ['unknown_rate_source'];
	const rank = (s: string) => (s === 'ecb' ? 0 : s === 'nbp' ? 1 : 2);
	const all = [...rules.rates.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
	return all.length > 0 ? all : ['no_reference_rate'];
}

/** Of a pair none of `rates` holds, the currency none holds, if one is. */
function missingOf(rates: RateSnapshot | null, pair: [string, string]): string | undefined {
	return rates === null ? undefined : pair.find((c) => sourceFor(rates, c, c) === null);
}

/** Per schedule in force, the cheapest allowed `receive` quote for the receipt's delivery. */
function alternatives(
	rules: Rules,
	req: DecodeRequest,
	at: string,
	time: number,
	paid: InstanceType<typeof Dec>,
	options: PriceOptions
): DecodeAlternative[] {
	const out: DecodeAlternative[] = [];
	const destination = req.destination!;
	for (const [id, versions] of rules.schedules) {
		const s = selectVersion(versions, time)?.schedule;
		if (!s || !s.currencies.includes(req.sentCurrency)) continue;
		const place = Object.hasOwn(s.destinations, destination) ? s.destinations[destination] : null;
		if (!place || !place.currencies.includes(req.receivedCurrency)) continue;
		const payouts: (string | null)[] = s.payouts ? Object.keys(s.payouts) : [null];
		let best: QuoteResult | null = null;
		for (const funding of Object.keys(s.funding))
			for (const payout of payouts) {
				const q = quote(
					rules,
					{
						schedule: id,
						at,
						type: Object.keys(s.types)[0],
						funding,
						...(payout === null ? {} : { payout }),
						destination,
						currency: req.sentCurrency,
						targetCurrency: req.receivedCurrency,
						mode: 'receive',
						amount: req.received,
						locale: req.locale ?? 'en'
					},
					{ ...options, now: time }
				);
				if (!q.ok || !q.quote.allowed || !q.quote.total) continue;
				if (!best || new Dec(q.quote.total.amount).lessThan(best.total!.amount)) best = q.quote;
			}
		if (!best) continue;
		const total = best.total!;
		const places = minorUnits(total.currency) ?? 2;
		out.push({
			schedule: id,
			version: best.schedule.version,
			type: best.request.type,
			funding: best.request.funding,
			payout: best.request.payout,
			total,
			saving: { amount: fixed(paid.minus(total.amount), places), currency: total.currency },
			quote: best
		});
	}
	return out.sort((a, b) => new Dec(a.total.amount).comparedTo(b.total.amount));
}

/**
 * Decodes a transfer receipt against the reference rate in force at its date (decode.md): the
 * effective rate, the margin hidden in it, what the transfer cost in fee and mark-up, and, given a
 * destination, what each schedule here would have charged to deliver the same amount. Issues
 * name fields by `options.names` when given (a page's words), else by their API names.
 *
 * @example
 * decodeReceipt(rules, { sent: '1000.00', sentCurrency: 'USD', received: '16950.00', receivedCurrency: 'MXN', fee: '5.00', date: '2026-03-16' }, { now: Date.now() })
 * // { ok: true, result: { marginPercent: '4.89', cost: { total: { amount: '53.89', currency: 'USD' }, percent: '5.39', … }, … } }
 */
export function decodeReceipt(
	rules: Rules,
	input: unknown,
	options: PriceOptions & { names?: Record<string, string> }
): DecodeOutcome {
	const parsed = parseDecodeRequest(input, options.now, options.names);
	if (!parsed.ok) return parsed;
	const { request: req, at, time } = parsed;
	const locale = req.locale ?? 'en';
	const pair = `${req.sentCurrency}/${req.receivedCurrency}`;
	const fail = (
		field: string,
		code: RequestIssueCode,
		p: Record<string, string> = {}
	): DecodeOutcome => ({
		ok: false,
		issues: [
			{
				path: [field],
				code,
				message: requestMessage(code, locale, { field: options.names?.[field] ?? field, ...p })
			}
		]
	});
	const sources = pickSources(rules, req.source);
	if (sources[0] === 'unknown_rate_source' || sources[0] === 'no_reference_rate')
		return fail('source', sources[0], {
			value: req.source ?? '',
			sources: [...rules.rates.keys()].join(', '),
			source: req.source ?? '',
			pair,
			at
		});
	const inForce = sources.flatMap((s) => ratesInForce(rules.rates.get(s) ?? [], time) ?? []);
	const rates = chainSources(inForce);
	const used = pairRates(rates, req.sentCurrency, req.receivedCurrency);
	if (used === null || sourceFor(rates, req.sentCurrency, req.receivedCurrency) === null) {
		const currency = missingOf(rates, [req.sentCurrency, req.receivedCurrency]);
		return fail('date', 'no_reference_rate', {
			source: sources.join(', '),
			pair,
			at,
			currency: currency ?? ''
		});
	}
	const mid = midRates(rates)(req.sentCurrency, req.receivedCurrency);
	const S = new Dec(req.sent);
	const R = new Dec(req.received);
	const F = new Dec(req.fee ?? '0');
	const places = minorUnits(req.sentCurrency)!;
	const effective = R.dividedBy(S);
	const fx = S.minus(R.dividedBy(mid));
	const total = F.plus(fx);
	const money = (x: InstanceType<typeof Dec>) => ({
		amount: fixed(x, places),
		currency: req.sentCurrency
	});
	const { asOf, source, tables } = used;
	const notices: Notice[] =
		time - Date.parse(asOf) > OLD_MS
			? [
					{
						code: 'reference_rate_old',
						severity: 'warn',
						message: requestMessage('reference_rate_old', locale, { asOf })
					}
				]
			: [];
	const result: DecodeResult = {
		reference: tables
			? { source, asOf, tables: tables.map((t) => ({ ...t })), mid: mid.toString() }
			: { source, asOf, mid: mid.toString() },
		effectiveRate: effective.toString(),
		marginPercent: fixed(new Dec(1).minus(effective.dividedBy(mid)).times(100), 2),
		allInMarkupPercent: fixed(S.plus(F).times(mid).dividedBy(R).minus(1).times(100), 2),
		cost: {
			fx: money(fx),
			fee: money(F),
			total: money(total),
			percent: fixed(total.dividedBy(S).times(100), 2)
		},
		instead:
			req.destination === undefined ? [] : alternatives(rules, req, at, time, S.plus(F), options),
		notices
	};
	return { ok: true, result, request: req, at };
}
