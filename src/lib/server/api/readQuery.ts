import type { RequestIssue } from '../../quoting';
import { apiIssue } from './messages';

export type QueryResult =
	{ ok: true; value: Record<string, string> } | { ok: false; issues: RequestIssue[] };

/**
 * Query parameters as an object of strings (own properties, so `__proto__` is just a name); a
 * parameter given twice is an issue rather than a silent choice of one value.
 *
 * @example
 * readQuery(new URLSearchParams('mode=send&amount=5')) // { ok: true, value: { mode: 'send', amount: '5' } }
 */
export function readQuery(params: URLSearchParams): QueryResult {
	const seen = new Map<string, string>();
	const issues: RequestIssue[] = [];
	for (const [key, value] of params) {
		if (!seen.has(key)) seen.set(key, value);
		else if (!issues.some((i) => i.path[0] === key))
			issues.push(apiIssue('repeated_parameter', [key]));
	}
	return issues.length > 0 ? { ok: false, issues } : { ok: true, value: Object.fromEntries(seen) };
}
