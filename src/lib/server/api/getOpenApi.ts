import { openApiDocument } from './openapi/openApiDocument';

let text: string | null = null;

/** `GET /api/v1/openapi.json`: generated once per process, then served as is. */
export function getOpenApi(): Response {
	text ??= JSON.stringify(openApiDocument());
	return new Response(text, {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'cache-control': 'public, max-age=300'
		}
	});
}
