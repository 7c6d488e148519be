import { issuesResponse } from '../http';
import { apiIssue } from './messages';

/**
 * For an endpoint that takes no query parameters: a 400 with `unknown_parameter` for each one the
 * address has, as the endpoints that take some answer the ones they do not know; null for none.
 *
 * @example
 * refuseParameters(new URL('http://x/api/v1/health?verbose=1')) // a 400: verbose is not a parameter here
 */
export function refuseParameters(url: URL): Response | null {
	const names = [...new Set(url.searchParams.keys())];
	return names.length === 0
		? null
		: issuesResponse(names.map((name) => apiIssue('unknown_parameter', [name])));
}
