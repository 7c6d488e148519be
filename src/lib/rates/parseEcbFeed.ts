import type { RateSnapshot } from '../engine';
import { ecbSnapshot } from './_lib/ecbSnapshot';
import { isCalendarDate } from '../rulesfiles';
import { RULES_MESSAGES as messages } from './rulesMessages';
import { readEcbCubes, type Attributes } from './_lib/readEcbCubes';
import type { EcbImportError } from './parseEcbXml';

export type ParseEcbFeedResult =
	{ ok: true; snapshots: RateSnapshot[] } | { ok: false; error: EcbImportError };

const fail = (code: string, message: string): ParseEcbFeedResult => ({
	ok: false,
	error: { code, message }
});

/**
 * Imports any of the ECB's reference rate files (`eurofxref-daily.xml`, `eurofxref-hist-90d.xml`,
 * `eurofxref-hist.xml`): one snapshot per `<Cube time>` day, oldest first, each as `parseEcbXml`
 * makes it. All or nothing: a truncated file, a day without rates or one wrong rate fails it all.
 *
 * @example
 * parseEcbFeed(`<gesmes:Envelope><Cube><Cube time='2026-03-13'><Cube currency='USD' rate='1.1476'/></Cube>
 * 	<Cube time='2026-03-12'><Cube currency='USD' rate='1.15'/></Cube></Cube></gesmes:Envelope>`);
 * // { ok: true, snapshots: [{ …, asOf: '2026-03-12T16:00:00+01:00' }, { …, asOf: '2026-03-13T16:00:00+01:00' }] }
 */
export function parseEcbFeed(xml: string): ParseEcbFeedResult {
	const { envelope, complete, cubes } = readEcbCubes(xml);
	if (!envelope || cubes.length === 0) return fail('not_ecb_xml', messages.ecbNotXml);
	if (!complete) return fail('truncated', messages.ecbTruncated);
	const days: { day: string; entries: Attributes[] }[] = [];
	for (const cube of cubes) {
		if (cube.has('time')) days.push({ day: cube.get('time') ?? '', entries: [] });
		else if (cube.has('currency') || cube.has('rate')) {
			const current = days.at(-1);
			if (!current) return fail('missing_date', messages.ecbRatesBeforeDate);
			current.entries.push(cube);
		}
	}
	if (days.length === 0) return fail('missing_date', messages.ecbMissingDate);
	const seen = new Set<string>();
	const snapshots: RateSnapshot[] = [];
	for (const { day, entries } of days) {
		if (!isCalendarDate(day)) return fail('invalid_date', messages.ecbInvalidDate(day));
		if (seen.has(day)) return fail('duplicate_day', messages.ecbDuplicateDay(day));
		seen.add(day);
		if (entries.length === 0) return fail('empty_day', messages.ecbEmptyDay(day));
		const one = ecbSnapshot(day, entries);
		if (!one.ok)
			return { ok: false, error: { ...one.error, message: `${day}: ${one.error.message}` } };
		snapshots.push(one.snapshot);
	}
	return { ok: true, snapshots: snapshots.sort((a, b) => (a.asOf < b.asOf ? -1 : 1)) };
}
