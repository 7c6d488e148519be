import { jsonResponse } from '../http';
import { apiIssue } from './messages';

/** 405 in the API's error shape, with the `allow` header HTTP requires. */
export function methodNotAllowed(allow: readonly string[]): Response {
	const list = allow.join(', ');
	return jsonResponse({ issues: [apiIssue('method_not_allowed', [], { allow: list })] }, 405, {
		allow: list
	});
}
