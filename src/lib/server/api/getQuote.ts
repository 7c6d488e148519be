import { fromText } from '../../quoting';
import { issuesResponse } from '../http';
import { getRules } from '../rulesStore';
import { rulesVersion } from '../rulesVersion';
import { reloadMaxAge } from '../watchRules';
import type { ApiOptions } from './ApiOptions';
import { etagOf, ifNoneMatch, notModified } from './etag';
import { quoteJson } from './quoteJson';
import { quoteMaxAge } from './quoteMaxAge';
import { readQuery } from './readQuery';
import { wantsHints } from './wantsHints';

/**
 * `GET /api/v1/quote?…`: the request's fields as query parameters. Cacheable until the answer
 * can change (`quoteMaxAge`), and no longer than a reload could take (`reloadMaxAge`); tagged
 * with the quote id and the rules version, so a swapped-in set never matches an old tag.
 */
export function getQuote(request: Request, options: ApiOptions = {}): Response {
	const rules = options.rules ?? getRules();
	const query = readQuery(new URL(request.url).searchParams);
	if (!query.ok) return issuesResponse(query.issues);
	const { hints, ...fields } = query.value;
	const out = quoteJson(rules, fromText(fields), {
		now: options.now ?? Date.now(),
		hints: wantsHints(hints)
	});
	if (!out.ok) return issuesResponse(out.issues);
	const fixed = {
		at: Object.hasOwn(fields, 'at'),
		version: Object.hasOwn(fields, 'version')
	};
	const maxAge = Math.min(quoteMaxAge(rules, out.quote, fixed), options.maxAge ?? reloadMaxAge());
	const headers = {
		'cache-control': `public, max-age=${maxAge}`,
		etag: etagOf(`${out.quote.id}.${rulesVersion(rules)}${out.hints ? '.hints' : ''}`)
	};
	if (ifNoneMatch(request.headers.get('if-none-match'), headers.etag)) return notModified(headers);
	return new Response(out.json, {
		headers: { 'content-type': 'application/json; charset=utf-8', ...headers }
	});
}
