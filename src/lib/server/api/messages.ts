import type { RequestIssue } from '../../quoting';

/** Words for the API's own issues (the request's are in `quoting`). Tests assert codes, not these. */
export const API_MESSAGES = {
	repeated_parameter: (p: Record<string, string>) => `${p.field} is given more than once`,
	unknown_parameter: (p: Record<string, string>) => `${p.field} is not a parameter here`,
	method_not_allowed: (p: Record<string, string>) => `use ${p.allow}`,
	not_found: () => 'there is no such endpoint',
	unknown_schedule: (p: Record<string, string>) => `there is no schedule "${p.value}"`,
	unknown_version: (p: Record<string, string>) =>
		`schedule "${p.schedule}" has no version "${p.value}"`,
	unknown_rate_source: (p: Record<string, string>) => `there is no rate source "${p.value}"`,
	rate_source_required: (p: Record<string, string>) => `name a source: one of ${p.sources}`,
	no_rates: () => 'this server has no rate snapshots',
	no_snapshot: (p: Record<string, string>) => `source "${p.source}" has no snapshot at ${p.at}`,
	invalid_instant: () =>
		'at must be an ISO 8601 instant with an offset, such as "2026-11-22T10:00:00Z"',
	invalid_body: () => 'the body must be a JSON object',
	unsupported_media_type: () => 'send the body as application/json',
	body_too_large: (p: Record<string, string>) => `the body is over ${p.limit} bytes`,
	unreadable_body: () => 'the body could not be read to its end',
	invalid_json: () => 'the body is not valid JSON',
	required: (p: Record<string, string>) => `${p.field} is required`,
	invalid_type: (p: Record<string, string>) => `${p.field} must be a string`,
	unknown_field: (p: Record<string, string>) => `${p.field} is not a field here`,
	version_not_in_force: (p: Record<string, string>) =>
		`version "${p.value}" of "${p.schedule}" is not in force now; a confirmed quote is priced with the one that is`
} satisfies Record<string, (p: Record<string, string>) => string>;

export type ApiIssueCode = keyof typeof API_MESSAGES;

/** One API issue: a stable code, the path of the field (or `[]`), words from the catalogue. */
export function apiIssue(
	code: ApiIssueCode,
	path: (string | number)[] = [],
	params: Record<string, string> = {}
): RequestIssue {
	const field = String(path[0] ?? '');
	return { path, code, message: API_MESSAGES[code]({ field, ...params }) };
}
