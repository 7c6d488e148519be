import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DATA } from './vectors';

/** The bank's real answers for tables A (13 May 2022) and B (11 May 2022), as its API sent them. */
export const NBP_A = readFileSync(join(SHARED_DATA, 'nbp/nbp-table-a-2022-05-13.json'), 'utf8');
export const NBP_B = readFileSync(join(SHARED_DATA, 'nbp/nbp-table-b-2022-05-11.json'), 'utf8');

type Rate = { currency?: string; code?: unknown; mid?: unknown };

/** An answer of the bank's API: one table `A` or `B` of `effectiveDate` with the given rates. */
export function nbpTable(
	table: string,
	no: string,
	effectiveDate: string,
	rates: Rate[]
): { table: string; no: string; effectiveDate: string; rates: Rate[] } {
	return { table, no, effectiveDate, rates };
}

/** The bank's JSON for a list of tables, as its date-range requests answer. */
export const nbpJson = (...tables: ReturnType<typeof nbpTable>[]) => JSON.stringify(tables);
