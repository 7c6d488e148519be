import type {
	Explain,
	Line,
	Money,
	Notice,
	QuoteRates,
	QuoteResult,
	ResolvedRequest
} from './types';
import { jsonString, jsonStringOf as str } from './_lib/jsonString';
import { perText } from './_lib/perText';

// Decimal strings the engine formats itself (amounts, percents, rates) need no escapes: "${x}".
// Every other string goes through `str`, which escapes as JSON.stringify does. Runs of text that
// repeat from quote to quote are memoised whole (perText): the fewer pieces the text is joined
// from, the less it costs V8 to flatten it for the hash.

const orNull = <T>(v: T | null, write: (v: T) => string) => (v === null ? 'null' : write(v));
const dec = (x: string) => `"${x}"`;
const currencyTail = perText((c) => `","currency":${jsonString(c)}}`);
const money = (m: Money) => `{"amount":"${m.amount}${currencyTail(m.currency)}`;

const CLAMPS: Record<string, string> = {
	null: '","clamp":null,"fixed":',
	min: '","clamp":"min","fixed":',
	max: '","clamp":"max","fixed":'
};
const percentRaw = perText((p) => `,"percent":${jsonString(p)},"raw":"`);
const tierOf = (t: NonNullable<Explain['tier']>) =>
	`{${t.basis === undefined ? '' : `"basis":${str(t.basis)},`}"index":${t.index},"mode":${str(t.mode)}}`;

function explain(e: Explain): string {
	const a = e.allowance;
	const allowance =
		a === undefined
			? ''
			: `"allowance":${a === null ? 'null' : `{"covered":"${a.covered}","remaining":"${a.remaining}"}`},`;
	const clamp = CLAMPS[String(e.clamp)] ?? `","clamp":${str(e.clamp!)},"fixed":`;
	const tier = e.tier === null ? '","tier":null}' : `","tier":${tierOf(e.tier)}}`;
	return `{${allowance}"base":"${e.base}${clamp}${orNull(e.fixed, dec)}${e.percent === null ? ',"percent":null,"raw":"' : percentRaw(e.percent)}${e.raw}${tier}`;
}

const categoryCurrency = perText((category) =>
	perText(
		(currency) =>
			`","category":${jsonString(category)},"currency":${jsonString(currency)},"explain":`
	)
);
const idName = perText((id) =>
	perText((name) => `,"id":${jsonString(id)},"name":${jsonString(name)}}`)
);

function lines(list: Line[]): string {
	let out = '';
	for (const l of list)
		out += `${out ? ',' : ''}{"amount":"${l.amount}${categoryCurrency(l.category)(l.currency)}${explain(l.explain)}${idName(l.id)(l.name)}`;
	return `[${out}]`;
}

const noticeText = perText((severity) =>
	perText((code) =>
		perText(
			(message) =>
				`{"code":${jsonString(code)},"message":${jsonString(message)},"severity":${jsonString(severity)}}`
		)
	)
);

// A broken limit's notice in three runs around its amount: the same few for every quote.
const limitHead = perText((code) => `{"code":${jsonString(code)},"limit":{"amount":"`);
const limitTail = perText((currency) =>
	perText((id) => `","currency":${jsonString(currency)},"id":${jsonString(id)}},"message":`)
);
const messageTail = perText((severity) =>
	perText((message) => `${jsonString(message)},"severity":${jsonString(severity)}}`)
);

function notices(list: Notice[]): string {
	let out = '';
	for (const n of list)
		out += `${out ? ',' : ''}${
			n.help
				? JSON.stringify(n)
				: n.limit
					? `${limitHead(n.code)}${n.limit.amount}${limitTail(n.limit.currency)(n.limit.id)}${messageTail(n.severity)(n.message)}`
					: noticeText(n.severity)(n.code)(n.message)
		}`;
	return `[${out}]`;
}

const rates = (r: QuoteRates) =>
	`{"asOf":${str(r.asOf)},"source":${str(r.source)}${
		r.tables
			? `,"tables":[${r.tables.map((t) => `{"asOf":${str(t.asOf)},"table":${str(t.table)}}`).join(',')}]`
			: ''
	}}`;

/** An optional member of the request, or nothing. */
function opt(k: string, v: string | number | undefined): string {
	return v === undefined
		? ''
		: `,"${k}":${typeof v === 'number' ? JSON.stringify(v) : jsonString(v)}`;
}

/** The request's members in sorted order; the amount and instant differ from quote to quote. */
function request(r: ResolvedRequest): string {
	return `{"amount":${jsonString(r.amount)},"at":${jsonString(r.at)},"currency":${str(r.currency)},"destination":${str(r.destination)},"funding":${str(r.funding)},"locale":${str(r.locale)},"mode":${str(r.mode)},"origin":${str(r.origin)},"payout":${orNull(r.payout, str)},"profile":${orNull(r.profile, str)},"schedule":${str(r.schedule)}${opt('sentThisPeriod', r.sentThisPeriod)}${opt('speed', r.speed)},"targetCurrency":${orNull(r.targetCurrency, str)}${opt('transfersThisPeriod', r.transfersThisPeriod)},"type":${str(r.type)},"version":${str(r.version)}}`;
}

/**
 * `JSON.stringify` of a quote without its `id`, byte for byte (keys in the order the engine
 * builds them, which is sorted: the canonical JSON the id hashes), written for the result's one
 * shape: three times faster than JSON.stringify on Node 20. A member added to the result is added
 * here too; tests/property/determinism.test.ts compares the two.
 *
 * @example
 * quoteText(body) === JSON.stringify(body) // true
 */
export function quoteText(q: Omit<QuoteResult, 'id'>): string {
	const c = q.cost;
	const d = q.delivery;
	const fx = q.exchangeRate;
	return `{"allowed":${q.allowed},"converted":${orNull(q.converted, money)},"cost":${
		c === null
			? 'null'
			: `{"allInMarkupPercent":${orNull(c.allInMarkupPercent, dec)},"percent":"${c.percent}","total":${money(c.total)}}`
	},"delivery":${d === null ? 'null' : `{"maxHours":${JSON.stringify(d.maxHours)},"minHours":${JSON.stringify(d.minHours)}}`},"exchangeRate":${
		fx === null
			? 'null'
			: `{"marginPercent":"${fx.marginPercent}","mid":"${fx.mid}","rate":"${fx.rate}"}`
	},"mode":${str(q.mode)},"notices":${notices(q.notices)},"principal":${orNull(q.principal, money)},"rates":${orNull(q.rates, rates)},"received":${orNull(q.received, money)},"recipientLines":${lines(q.recipientLines)},"request":${request(q.request)},"schedule":{"hash":${str(q.schedule.hash)},"id":${str(q.schedule.id)},"version":${str(q.schedule.version)}},"scope":${str(q.scope)},"senderLines":${lines(q.senderLines)},"total":${orNull(q.total, money)},"transferFees":${orNull(q.transferFees, money)},"transferTaxes":${orNull(q.transferTaxes, money)}}`;
}
