import { gzipSync } from 'node:zlib';
import { etagOf, ifNoneMatch } from './api/etag';
import { nodeSha256 } from './nodeSha256';

/**
 * `GET /widget/fee-calculator.js`: the `<fee-calculator>` element's script `code`, which any page
 * may load (a module script from another origin needs CORS), gzipped when the client accepts it.
 * `named: 'by-content'` for the files it loads itself (`fee-calculator-zh-CN-<hash>.js`): their
 * names change with their content, so browsers may keep them for a year.
 */
export function widgetScript(
	code: string,
	named: 'fixed' | 'by-content' = 'fixed'
): (request: Request) => Response {
	const etag = etagOf(nodeSha256(code));
	const gzipped = new Uint8Array(gzipSync(code, { level: 9 }));
	return (request) => {
		const headers: Record<string, string> = {
			'content-type': 'text/javascript; charset=utf-8',
			'cache-control':
				named === 'fixed' ? 'public, max-age=300' : 'public, max-age=31536000, immutable',
			etag,
			vary: 'accept-encoding',
			'access-control-allow-origin': '*',
			'cross-origin-resource-policy': 'cross-origin'
		};
		if (ifNoneMatch(request.headers.get('if-none-match'), etag))
			return new Response(null, { status: 304, headers });
		if (!/\bgzip\b/.test(request.headers.get('accept-encoding') ?? ''))
			return new Response(code, { headers });
		return new Response(gzipped, { headers: { ...headers, 'content-encoding': 'gzip' } });
	};
}
