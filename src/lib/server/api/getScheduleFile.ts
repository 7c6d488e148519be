import { issuesResponse } from '../http';
import { getRules } from '../rulesStore';
import type { ApiOptions } from './ApiOptions';
import { etagOf, ifNoneMatch, notModified } from './etag';
import { apiIssue } from './messages';

/**
 * `GET /api/v1/schedules/{id}/{version}`: the schedule file's text as loaded, tagged with its
 * SHA-256 (the `schedule.hash` of quotes priced with it); 404 for an unknown id or version.
 */
export function getScheduleFile(
	request: Request,
	params: { id: string; version: string },
	options: ApiOptions = {}
): Response {
	const versions = (options.rules ?? getRules()).schedules.get(params.id);
	if (!versions)
		return issuesResponse([apiIssue('unknown_schedule', ['id'], { value: params.id })], 404);
	const found = versions.find((v) => v.schedule.version === params.version);
	if (!found)
		return issuesResponse(
			[apiIssue('unknown_version', ['version'], { value: params.version, schedule: params.id })],
			404
		);
	const headers = { 'cache-control': 'public, no-cache', etag: etagOf(found.hash) };
	if (ifNoneMatch(request.headers.get('if-none-match'), headers.etag)) return notModified(headers);
	return new Response(found.text, {
		headers: { 'content-type': 'application/json; charset=utf-8', ...headers }
	});
}
