import { issuesResponse } from '../http';
import { apiIssue } from './messages';

/** 404 in the API's error shape for a path no endpoint serves. */
export function notFound(): Response {
	return issuesResponse([apiIssue('not_found')], 404);
}
