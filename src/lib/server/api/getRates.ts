import { publicSnapshot, ratesInForce } from '../../rates';
import { isInstant } from '../../rulesfiles';
import { issuesResponse, jsonResponse } from '../http';
import { getRules } from '../rulesStore';
import type { ApiOptions } from './ApiOptions';
import type { RatesAnswer } from './apiSchemas';
import { apiIssue } from './messages';
import { readQuery } from './readQuery';

/**
 * `GET /api/v1/rates?source=&at=`: the rates of `source` in force at `at` (default: now): its
 * snapshot, or for a source of several tables each currency's latest (`ratesInForce`);
 * `source` may be left out when the rules have one. 404 for an unknown source or no snapshot yet.
 * `sources` says, for every source, its newest snapshot and how old it is now.
 */
export function getRates(request: Request, options: ApiOptions = {}): Response {
	const rates = (options.rules ?? getRules()).rates;
	const query = readQuery(new URL(request.url).searchParams);
	if (!query.ok) return issuesResponse(query.issues);
	const { source: asked, at, ...rest } = query.value;
	const unknown = Object.keys(rest);
	if (unknown.length > 0)
		return issuesResponse(unknown.map((k) => apiIssue('unknown_parameter', [k])));
	if (at !== undefined && !isInstant(at))
		return issuesResponse([apiIssue('invalid_instant', ['at'])]);
	const sources = [...rates.keys()];
	if (sources.length === 0) return issuesResponse([apiIssue('no_rates')], 404);
	if (asked === undefined && sources.length > 1)
		return issuesResponse([
			apiIssue('rate_source_required', ['source'], { sources: sources.join(', ') })
		]);
	const source = asked ?? sources[0];
	const list = rates.get(source);
	if (!list)
		return issuesResponse([apiIssue('unknown_rate_source', ['source'], { value: source })], 404);
	const when = at ?? new Date(options.now ?? Date.now()).toISOString();
	const snapshot = ratesInForce(list, when);
	if (!snapshot)
		return issuesResponse([apiIssue('no_snapshot', ['at'], { source, at: when })], 404);
	const now = options.now ?? Date.now();
	const body: RatesAnswer = {
		...publicSnapshot(snapshot),
		sources: [...rates].map(([name, snapshots]) => {
			const newest = snapshots[snapshots.length - 1];
			return {
				source: name,
				asOf: newest.asOf,
				ageSeconds: Math.floor((now - newest.time) / 1000),
				snapshots: snapshots.length
			};
		})
	};
	return jsonResponse(body);
}
