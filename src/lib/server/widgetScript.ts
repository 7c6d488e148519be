import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { etagOf, ifNoneMatch } from './api/etag';
import { nodeSha256 } from './nodeSha256';

/**
 * `GET /widget/fee-calculator.js`: the `<fee-calculator>` element's script `code`, which any page
 * may load (a module script from another origin needs CORS), compressed with brotli or gzip when
 * the client accepts it (browsers offer brotli over https: about 27 KB where gzip makes 29.8).
 * `named: 'by-content'` for the files it loads itself (`fee-calculator-zh-CN-<hash>.js`): their
 * names change with their content, so browsers may keep them for a year.
 */
export function widgetScript(
	code: string,
	named: 'fixed' | 'by-content' = 'fixed'
): (request: Request) => Response {
	const etag = etagOf(nodeSha256(code));
	const gzipped = new Uint8Array(gzipSync(code, { level: 9 }));
	const brotli = new Uint8Array(
		brotliCompressSync(code, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(code)
			}
		})
	);
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
		const accepted = request.headers.get('accept-encoding') ?? '';
		if (/\bbr\b/.test(accepted))
			return new Response(brotli, { headers: { ...headers, 'content-encoding': 'br' } });
		if (/\bgzip\b/.test(accepted))
			return new Response(gzipped, { headers: { ...headers, 'content-encoding': 'gzip' } });
		return new Response(code, { headers });
	};
}
