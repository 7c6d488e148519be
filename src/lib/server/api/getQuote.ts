import { fromText } from '../../quoting';
import { issuesResponse } from '../http';
import { getRules } from '../rulesStore';
import type { ApiOptions } from './ApiOptions';
import { etagOf, ifNoneMatch, notModified } from './etag';
import { quoteJson } from './quoteJson';
import { quoteMaxAge } from './quoteMaxAge';
import { readQuery } from './readQuery';
import { wantsHints } from './wantsHints';

/**
 * `GET /api/v1/quote?…`: the request's fields as query parameters. Cacheable until the answer
 * can change (`quoteMaxAge`), tagged with the quote id and answered 304 when it matches.
 */
export function getQuote(request: Request, options: ApiOptions = {}): Response {
	const rules = options.rules ?? getRules();
	const query = readQuery(new URL(request.url).searchParams);
	if (!query.ok) return issuesResponse(query.issues);
	const { hints, ...fields } = query.value;
	const out = quoteJson(rules, fromText(fields), options.now ?? Date.now(), wantsHints(hints));
	if (!out.ok) return issuesResponse(out.issues);
	const fixed = {
		at: Object.hasOwn(fields, 'at'),
		version: Object.hasOwn(fields, 'version')
	};
	const headers = {
		'cache-control': `public, max-age=${quoteMaxAge(rules, out.quote, fixed)}`,
		etag: etagOf(out.hints ? `${out.quote.id}.hints` : out.quote.id)
	};
	if (ifNoneMatch(request.headers.get('if-none-match'), headers.etag)) return notModified(headers);
	return new Response(out.json, {
		headers: { 'content-type': 'application/json; charset=utf-8', ...headers }
	});
}
