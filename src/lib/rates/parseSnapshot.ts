import type { RateSnapshot } from '../engine';
import type { RulesIssue } from './RulesIssue';
import { findDuplicateKeys } from './findDuplicateKeys';
import { RULES_MESSAGES as messages } from './rulesMessages';
import { toRulesIssues } from './toRulesIssues';
import { snapshotSchema } from './snapshotSchema';

export type ParseSnapshotResult =
	{ ok: true; snapshot: RateSnapshot } | { ok: false; errors: RulesIssue[] };

const isRatePath = (path: (string | number)[]) => path.length === 2 && path[0] === 'rates';

function duplicateIssues(text: string, file: string): RulesIssue[] {
	return findDuplicateKeys(text).map((path) =>
		isRatePath(path)
			? { file, path, code: 'duplicate_currency', message: messages.duplicateCurrency }
			: { file, path, code: 'duplicate_key', message: messages.duplicateKey }
	);
}

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
	const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return {
			ok: false,
			errors: [{ file, path: [], code: 'invalid_json', message: messages.invalidJson(detail) }]
		};
	}
	const parsed = snapshotSchema.safeParse(data, { reportInput: true });
	const errors = [
		...duplicateIssues(json, file),
		...(parsed.success
			? rateIssues(parsed.data, file)
			: toRulesIssues(file, parsed.error.issues, isRatePath))
	];
	if (errors.length > 0 || !parsed.success) return { ok: false, errors };
	return { ok: true, snapshot: parsed.data };
}
