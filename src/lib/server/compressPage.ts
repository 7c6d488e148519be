/**
 * A page (HTML) or a page's data for the browser's navigations (`__data.json`), gzipped as it
 * streams when the client accepts gzip. adapter-node compresses only the files it serves from
 * disk: the calculator's page is about 65 KB of HTML (its data lets the browser price as the
 * person types), some 14 KB gzipped, which a phone on a slow network feels. Left as they are:
 * the API's answers (small, and their clients choose), responses without a body (HEAD, 204, 304)
 * and responses already encoded (the widget's script, precompressed files).
 */
export function compressPage(request: Request, response: Response): Response {
	if (!response.body || request.method === 'HEAD' || response.headers.has('content-encoding'))
		return response;
	const type = response.headers.get('content-type') ?? '';
	const page =
		type.startsWith('text/html') ||
		(type.startsWith('application/json') && new URL(request.url).pathname.endsWith('/__data.json'));
	if (!page || !/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) return response;
	const headers = new Headers(response.headers);
	headers.set('content-encoding', 'gzip');
	headers.delete('content-length');
	headers.append('vary', 'accept-encoding');
	return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
