import { issuesSchema } from '../apiSchemas';
import type { ApiResponse } from './ApiPath';

/** An answer of `{"issues": [...]}`. */
export const issues = (description: string): ApiResponse => ({ description, body: issuesSchema });

/** What readJsonBody answers for a body it cannot take: 400, 413 over `kb`, 415. */
export const badBody = (kb: number) => ({
	'400': issues('Malformed request: not JSON, or issues with its fields'),
	'413': issues(`The body is over ${kb} KB`),
	'415': issues('The body is not declared application/json')
});
