import type { RateSnapshot } from '../engine';
import { isCalendarDate } from './_lib/isCalendarDate';
import { isPositiveDecimal } from './_lib/isPositiveDecimal';
import { messages } from './_lib/messages';
import { CURRENCY_CODE } from './_lib/patterns';

export interface EcbImportError {
	code: string;
	message: string;
}

export type ParseEcbXmlResult =
	{ ok: true; snapshot: RateSnapshot } | { ok: false; error: EcbImportError };

const COMMENT = /<!--[\s\S]*?-->/g;
const ENVELOPE = /<(?:[A-Za-z_][\w.-]*:)?Envelope[\s>]/;
const CUBE = /<Cube(\s[^>]*)?\/?>/g;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:'([^']*)'|"([^"]*)")/g;

/** The ECB publishes at about 16:00 CET; +01:00 all year, so in summer this is 17:00 CEST. */
const PUBLICATION_TIME = 'T16:00:00+01:00';

type Attributes = Map<string, string>;

function readAttributes(source: string): Attributes {
	const attributes: Attributes = new Map();
	for (const [, name, single, double] of source.matchAll(ATTRIBUTE))
		attributes.set(name, single ?? double);
	return attributes;
}

const fail = (code: string, message: string): ParseEcbXmlResult => ({
	ok: false,
	error: { code, message }
});

/** The snapshot for `day`, with the rates in file order, or the first entry that is wrong. */
function toSnapshot(day: string, entries: Attributes[]): ParseEcbXmlResult {
	const rates: Record<string, string> = {};
	for (const entry of entries) {
		const currency = entry.get('currency');
		const rate = entry.get('rate') ?? '';
		if (currency === undefined) return fail('invalid_currency', messages.ecbMissingCurrency(rate));
		if (!CURRENCY_CODE.test(currency))
			return fail('invalid_currency', messages.ecbInvalidCurrency(currency));
		if (currency === 'EUR') return fail('invalid_currency', messages.ecbEurListed);
		if (Object.hasOwn(rates, currency))
			return fail('duplicate_currency', messages.ecbDuplicateCurrency(currency));
		if (!isPositiveDecimal(rate))
			return fail('invalid_rate', messages.ecbInvalidRate(currency, rate));
		rates[currency] = rate;
	}
	return {
		ok: true,
		snapshot: { source: 'ecb', base: 'EUR', asOf: day + PUBLICATION_TIME, rates }
	};
}

/**
 * Imports the European Central Bank's daily reference rates (`eurofxref-daily.xml`) as a
 * snapshot: base EUR, `asOf` the day at 16:00+01:00, the rates in file order exactly as
 * written. A small regular-expression reader of that one format, not a general XML parser;
 * the 90-day and historical files are refused.
 *
 * @example
 * parseEcbXml(`<gesmes:Envelope><Cube><Cube time='2026-03-13'>
 * 	<Cube currency='USD' rate='1.1476'/></Cube></Cube></gesmes:Envelope>`);
 * // { ok: true, snapshot: { source: 'ecb', base: 'EUR', asOf: '2026-03-13T16:00:00+01:00',
 * //   rates: { USD: '1.1476' } } }
 */
export function parseEcbXml(xml: string): ParseEcbXmlResult {
	const text = xml.replace(COMMENT, '');
	const cubes = [...text.matchAll(CUBE)].map((match) => readAttributes(match[1] ?? ''));
	if (!ENVELOPE.test(text) || cubes.length === 0) return fail('not_ecb_xml', messages.ecbNotXml);
	const days = cubes.filter((cube) => cube.has('time')).map((cube) => cube.get('time') ?? '');
	const entries = cubes.filter((cube) => cube.has('currency') || cube.has('rate'));
	if (days.length === 0) return fail('missing_date', messages.ecbMissingDate);
	if (days.length > 1)
		return fail('multiple_days', messages.ecbMultipleDays(days.length, days[0], days.at(-1) ?? ''));
	const [day] = days;
	if (!isCalendarDate(day)) return fail('invalid_date', messages.ecbInvalidDate(day));
	if (entries.length === 0) return fail('no_rates', messages.ecbNoRates);
	return toSnapshot(day, entries);
}
