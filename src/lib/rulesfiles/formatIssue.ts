import type { RulesIssue } from './RulesIssue';
import { formatPath } from './formatPath';

/**
 * One line for logs and the command line: `<file>: <path>: <message>`, without the path when
 * the issue is about the whole file.
 *
 * @example
 * formatIssue({ file: 'rules/rates/ecb/2026-03-13.json', path: ['rates', 'USD'],
 * 	code: 'not_positive', message: 'must be greater than zero' });
 * // 'rules/rates/ecb/2026-03-13.json: rates.USD: must be greater than zero'
 */
export function formatIssue(issue: RulesIssue): string {
	const path = formatPath(issue.path);
	return path === ''
		? `${issue.file}: ${issue.message}`
		: `${issue.file}: ${path}: ${issue.message}`;
}
