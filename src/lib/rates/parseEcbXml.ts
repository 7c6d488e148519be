import type { RateSnapshot } from '../engine';
import { isCalendarDate } from '../rulesfiles';
import { RULES_MESSAGES as messages } from './rulesMessages';
import { ecbSnapshot, fail } from './_lib/ecbSnapshot';
import { readEcbCubes } from './_lib/readEcbCubes';

export interface EcbImportError {
	code: string;
	message: string;
}

export type ParseEcbXmlResult =
	{ ok: true; snapshot: RateSnapshot } | { ok: false; error: EcbImportError };

/**
 * Imports the European Central Bank's daily reference rates (`eurofxref-daily.xml`) as a
 * snapshot: base EUR, `asOf` the day at 16:00+01:00, the rates in file order exactly as
 * written. A small regular-expression reader of that one format, not a general XML parser;
 * a feed of several days (the 90-day and historical files) is refused: `parseEcbFeed` reads those.
 *
 * @example
 * parseEcbXml(`<gesmes:Envelope><Cube><Cube time='2026-03-13'>
 * 	<Cube currency='USD' rate='1.1476'/></Cube></Cube></gesmes:Envelope>`);
 * // { ok: true, snapshot: { source: 'ecb', base: 'EUR', asOf: '2026-03-13T16:00:00+01:00',
 * //   rates: { USD: '1.1476' } } }
 */
export function parseEcbXml(xml: string): ParseEcbXmlResult {
	const { envelope, complete, cubes } = readEcbCubes(xml);
	if (!envelope || cubes.length === 0) return fail('not_ecb_xml', messages.ecbNotXml);
	if (!complete) return fail('truncated', messages.ecbTruncated);
	const days = cubes.filter((cube) => cube.has('time')).map((cube) => cube.get('time') ?? '');
	const entries = cubes.filter((cube) => cube.has('currency') || cube.has('rate'));
	if (days.length === 0) return fail('missing_date', messages.ecbMissingDate);
	if (days.length > 1)
		return fail('multiple_days', messages.ecbMultipleDays(days.length, days[0], days.at(-1) ?? ''));
	const [day] = days;
	if (!isCalendarDate(day)) return fail('invalid_date', messages.ecbInvalidDate(day));
	if (entries.length === 0) return fail('no_rates', messages.ecbNoRates);
	return ecbSnapshot(day, entries);
}
