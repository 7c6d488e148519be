import type { QuoteRates } from '../lib/engine';
import { formatAge } from '../lib/words';

/**
 * Where a conversion's rates come from, for the command line: the source, each published table
 * with its day (for a source of tables), and how old the older rate was at `at`.
 *
 * @example
 * ratesLine({ source: 'ecb', asOf: '2026-03-13T16:00:00+01:00' }, '2026-03-16T09:00:00Z', "the quote's instant")
 * // "ecb as of 2026-03-13T16:00:00+01:00 (2 days 18 hours old at the quote's instant)"
 * ratesLine({ source: 'nbp', asOf: '2022-05-11T12:15:00+02:00', tables: [{ table: '019/B/NBP/2022', … }, …] }, …)
 * // "nbp tables 019/B/NBP/2022 of 2022-05-11 and 092/A/NBP/2022 of 2022-05-13, the older as of …"
 */
export function ratesLine(rates: QuoteRates, at: string, when: string): string {
	const age = `(${formatAge(Date.parse(at) - Date.parse(rates.asOf), 'en')} old at ${when})`;
	const tables = rates.tables ?? [];
	if (tables.length === 0) return `${rates.source} as of ${rates.asOf} ${age}`;
	const named = tables.map((t) => `${t.table} of ${t.asOf.slice(0, 10)}`).join(' and ');
	const older = tables.length > 1 ? ', the older' : ',';
	return `${rates.source} table${tables.length > 1 ? 's' : ''} ${named}${older} as of ${rates.asOf} ${age}`;
}
