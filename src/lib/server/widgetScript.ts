import { gzipSync } from 'node:zlib';
// Built by `npm run build:widget` (widget.vite.config.ts) before the app, which embeds it.
import code from '../../../generated/widget/fee-calculator.js?raw';
import { etagOf, ifNoneMatch } from './api/etag';
import { nodeSha256 } from './nodeSha256';

const etag = etagOf(nodeSha256(code));
const gzipped = new Uint8Array(gzipSync(code, { level: 9 }));

/**
 * `GET /widget/fee-calculator.js`: the `<fee-calculator>` element's script, which any page may
 * load (a module script from another origin needs CORS), gzipped when the client accepts it.
 */
export function widgetScript(request: Request): Response {
	const headers: Record<string, string> = {
		'content-type': 'text/javascript; charset=utf-8',
		'cache-control': 'public, max-age=300',
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
}
