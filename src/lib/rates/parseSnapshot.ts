import type { RateSnapshot } from '../engine';
import { FILE_MESSAGES, readJsonFile, type RulesIssue } from '../rulesfiles';
import { RULES_MESSAGES as messages } from './rulesMessages';
import { snapshotSchema } from './snapshotSchema';

export type ParseSnapshotResult =
	{ ok: true; snapshot: RateSnapshot } | { ok: false; errors: RulesIssue[] };

const isRatePath = (path: (string | number)[]) => path.length === 2 && path[0] === 'rates';

/** What the schema cannot say: the base's own rate, if listed, is 1; some rate is listed. */
function rateIssues(snapshot: RateSnapshot, file: string): RulesIssue[] {
	const { base, rates } = snapshot;
	const issues: RulesIssue[] = [];
	if (Object.keys(rates).length === 0)
		issues.push({ file, path: ['rates'], code: 'no_rates', message: messages.noRates });
	if (Object.hasOwn(rates, base) && rates[base] !== '1')
		issues.push({
			file,
			path: ['rates', base],
			code: 'base_rate_not_one',
			message: messages.baseRateNotOne(base)
		});
	return issues;
}

/**
 * Reads and validates a rate snapshot file. `file` names it in the issues. Every problem is
 * reported as an issue with a stable `code` and a `path`; nothing is thrown.
 *
 * @example
 * const result = parseSnapshot(
 * 	'{"source":"ecb","base":"EUR","asOf":"2026-03-13T16:00:00+01:00","rates":{"USD":"1.1476"}}',
 * 	'rules/rates/ecb/2026-03-13.json'
 * );
 * // { ok: true, snapshot: { source: 'ecb', base: 'EUR', asOf: '2026-03-13T16:00:00+01:00',
 * //   rates: { USD: '1.1476' } } }
 */
export function parseSnapshot(text: string, file: string): ParseSnapshotResult {
	const read = readJsonFile(text, file, snapshotSchema, {
		isDecimalPath: isRatePath,
		duplicate: (path) =>
			isRatePath(path)
				? { code: 'duplicate_currency', message: messages.duplicateCurrency }
				: { code: 'duplicate_key', message: FILE_MESSAGES.duplicateKey }
	});
	if (!read.ok) return { ok: false, errors: read.issues };
	const errors = [...read.issues, ...rateIssues(read.data, file)];
	return errors.length > 0 ? { ok: false, errors } : { ok: true, snapshot: read.data };
}
