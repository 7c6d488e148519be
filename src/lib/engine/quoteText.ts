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

// Decimal strings the engine formats itself (amounts, percents, rates) need no escapes: "${x}".
// Every other string goes through `str`, which escapes as JSON.stringify does.

const orNull = <T>(v: T | null, write: (v: T) => string) => (v === null ? 'null' : write(v));
const dec = (x: string) => `"${x}"`;
const money = (m: Money) => `{"amount":"${m.amount}","currency":${str(m.currency)}}`;

function explain(e: Explain): string {
	const a = e.allowance;
	const allowance =
		a === undefined
			? ''
			: `"allowance":${a === null ? 'null' : `{"covered":"${a.covered}","remaining":"${a.remaining}"}`},`;
	const t = e.tier;
	const tier =
		t === null
			? 'null'
			: `{${t.basis === undefined ? '' : `"basis":${str(t.basis)},`}"index":${t.index},"mode":${str(t.mode)}}`;
	return `{${allowance}"base":"${e.base}","clamp":${orNull(e.clamp, str)},"fixed":${orNull(e.fixed, dec)},"percent":${orNull(e.percent, str)},"raw":"${e.raw}","tier":${tier}}`;
}

function lines(list: Line[]): string {
	let out = '';
	for (const l of list)
		out += `${out ? ',' : ''}{"amount":"${l.amount}","category":${str(l.category)},"currency":${str(l.currency)},"explain":${explain(l.explain)},"id":${str(l.id)},"name":${str(l.name)}}`;
	return `[${out}]`;
}

function notices(list: Notice[]): string {
	let out = '';
	for (const n of list)
		out += `${out ? ',' : ''}${
			n.help || n.limit
				? JSON.stringify(n)
				: `{"code":${str(n.code)},"message":${str(n.message)},"severity":${str(n.severity)}}`
		}`;
	return `[${out}]`;
}

const rates = (r: QuoteRates) =>
	r.tables ? JSON.stringify(r) : `{"asOf":${str(r.asOf)},"source":${str(r.source)}}`;

/** The request's members in sorted order; the amount and instant differ from quote to quote. */
function request(r: ResolvedRequest): string {
	const opt = (k: string, v: string | number | undefined) =>
		v === undefined ? '' : `,"${k}":${typeof v === 'number' ? JSON.stringify(v) : jsonString(v)}`;
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
