import { Dec, type RateSnapshot } from '../engine';
import { isCalendarDate } from '../rulesfiles';
import { isIsoCurrency } from './_lib/isIsoCurrency';
import { warsawPublication } from './_lib/warsawPublication';
import { RULES_MESSAGES as messages } from './rulesMessages';
import type { EcbImportError } from './parseEcbXml';

export type ParseNbpTablesResult =
	{ ok: true; snapshots: RateSnapshot[] } | { ok: false; error: EcbImportError };

const fail = (code: string, message: string): ParseNbpTablesResult => ({
	ok: false,
	error: { code, message }
});

/** Every `"mid": <number>` of the text, in document order, as written. */
const MID_TOKEN = /"mid"\s*:\s*(-?[0-9][0-9.eE+-]*)/g;

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** A table of average rates as the bank's API answers: A or B, its number, its day, its rates. */
const isTable = (
	v: unknown
): v is { table: string; no: string; effectiveDate: string; rates: unknown } =>
	isObject(v) &&
	(v.table === 'A' || v.table === 'B') &&
	typeof v.no === 'string' &&
	typeof v.effectiveDate === 'string' &&
	Array.isArray(v.rates);

type One = { ok: true; snapshot: RateSnapshot } | { ok: false; error: EcbImportError };

/** One table's snapshot, its mids taken from `written` (the texts the bank wrote), in order. */
function tableSnapshot(
	t: { table: string; no: string; effectiveDate: string; rates: unknown[] },
	written: string[]
): One {
	if (!isCalendarDate(t.effectiveDate))
		return {
			ok: false,
			error: { code: 'invalid_date', message: messages.nbpInvalidDate(t.no, t.effectiveDate) }
		};
	if (t.rates.length === 0)
		return { ok: false, error: { code: 'empty_table', message: messages.nbpEmptyTable(t.no) } };
	const rates: Record<string, string> = {};
	for (const entry of t.rates) {
		const code = isObject(entry) ? entry.code : undefined;
		const mid = isObject(entry) ? entry.mid : undefined;
		const bad = (c: string, m: string): One => ({ ok: false, error: { code: c, message: m } });
		if (typeof code !== 'string' || !isIsoCurrency(code) || code === 'PLN')
			return bad('invalid_currency', messages.nbpInvalidCurrency(t.no, String(code)));
		if (Object.hasOwn(rates, code))
			return bad('duplicate_currency', messages.nbpDuplicateCurrency(t.no, code));
		if (typeof mid !== 'number')
			return bad(
				'invalid_rate',
				messages.nbpInvalidRate(t.no, code, JSON.stringify(mid) ?? 'nothing')
			);
		// The text the bank wrote, exactly: the parsed number is never read as a value.
		const text = written.shift()!;
		let exact: Dec;
		try {
			exact = new Dec(text);
		} catch {
			return bad('invalid_rate', messages.nbpInvalidRate(t.no, code, text));
		}
		if (!exact.isFinite() || exact.lessThanOrEqualTo(0))
			return bad('invalid_rate', messages.nbpInvalidRate(t.no, code, text));
		rates[code] = exact.toFixed();
	}
	return {
		ok: true,
		snapshot: {
			source: 'nbp',
			base: 'PLN',
			asOf: warsawPublication(t.effectiveDate),
			quotation: 'direct',
			table: t.no,
			partial: true,
			rates
		}
	};
}

/**
 * Imports the National Bank of Poland's tables of average rates (A, business days; B,
 * Wednesdays) as its API answers `/exchangerates/tables/{A|B}/` and their date ranges: one table or
 * a list of them. Each table becomes a `direct`, `partial` snapshot of base PLN (`mid` is PLN per
 * one unit), in force from 12:15 Warsaw time on its day, with every `mid` kept as the decimal the
 * bank wrote. All or nothing: a body that is not such a table, a truncated one, a table without
 * rates, a rate that is not a positive number, a code listed twice or one that is not ISO 4217
 * fails it all.
 *
 * @example
 * parseNbpTables('[{"table":"B","no":"019/B/NBP/2022","effectiveDate":"2022-05-11","rates":[{"currency":"quetzal (Gwatemala)","code":"GTQ","mid":0.5773}]}]')
 * // { ok: true, snapshots: [{ source: 'nbp', base: 'PLN', asOf: '2022-05-11T12:15:00+02:00',
 * //   quotation: 'direct', table: '019/B/NBP/2022', partial: true, rates: { GTQ: '0.5773' } }] }
 */
export function parseNbpTables(text: string): ParseNbpTablesResult {
	const body = text.trim();
	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch {
		const started = body.startsWith('[') || body.startsWith('{');
		return started && /"effectiveDate"|"rates"/.test(body)
			? fail('truncated', messages.nbpTruncated)
			: fail('not_nbp_json', messages.nbpNotJson);
	}
	const tables = Array.isArray(data) ? data : [data];
	if (tables.length === 0 || !tables.every(isTable))
		return fail('not_nbp_json', messages.nbpNotJson);
	const written = [...body.matchAll(MID_TOKEN)].map((m) => m[1]);
	// Each numeric mid has its text, in document order; a layout where they do not line up (a key
	// written with escapes, say) cannot be read exactly.
	const numeric = tables
		.flatMap((t) => t.rates as unknown[])
		.filter((r) => isObject(r) && typeof r.mid === 'number');
	if (numeric.length !== written.length) return fail('not_nbp_json', messages.nbpNotJson);
	const seen = new Set<string>();
	const snapshots: RateSnapshot[] = [];
	for (const t of tables) {
		if (seen.has(t.no)) return fail('duplicate_table', messages.nbpDuplicateTable(t.no));
		seen.add(t.no);
		const one = tableSnapshot(t as typeof t & { rates: unknown[] }, written);
		if (!one.ok) return one;
		snapshots.push(one.snapshot);
	}
	return { ok: true, snapshots: snapshots.sort((a, b) => Date.parse(a.asOf) - Date.parse(b.asOf)) };
}
