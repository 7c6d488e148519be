import type { QuoteRates, RatePublication, Schedule } from '../../engine';
import { type Rules, snapshotFor } from '../../schedules';

/**
 * What each of a schedule's rate sources has in force at `at`: its oldest publication and, for a
 * source of several tables, every table in force, oldest first (as a quote names a pair's).
 *
 * @example
 * sourcesInForce(rules, walletStandard, Date.now())
 * // [{ source: 'ecb', asOf: '2026-03-13T16:00:00+01:00' },
 * //  { source: 'nbp', asOf: '2022-05-11T12:15:00+02:00', tables: [{ …019/B… }, { …092/A… }] }]
 */
export function sourcesInForce(rules: Rules, s: Schedule, at: number): QuoteRates[] {
	const out: QuoteRates[] = [];
	for (let r = snapshotFor(rules, s, at); r; r = r.next ?? null) {
		const all: RatePublication[] = r.published ? Object.values(r.published) : [r];
		const byTable = new Map(all.map((p) => [p.table ?? '', p.asOf]));
		const sorted = [...byTable].sort((a, b) => Date.parse(a[1]) - Date.parse(b[1]));
		const tables = sorted.filter(([t]) => t !== '').map(([table, asOf]) => ({ asOf, table }));
		out.push({ source: r.source, asOf: sorted[0][1], ...(tables.length > 0 && { tables }) });
	}
	return out;
}
