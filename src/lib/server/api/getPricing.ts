import type { RateSnapshot } from '../../engine';
import { requestMessage } from '../../words';
import { isInstant } from '../../rulesfiles';
import { issuesResponse, jsonResponse } from '../http';
import { pricingAt } from '../pricingAt';
import { getRules } from '../rulesStore';
import type { ApiOptions } from './ApiOptions';
import type { PricingBody } from './apiSchemas';
import { etagOf, ifNoneMatch, notModified } from './etag';
import { apiIssue } from './messages';
import { readQuery } from './readQuery';

/** Every source of the chain and the instant of its rates in force: what the answer depends on besides the schedule. */
function sourcesTag(snapshot: RateSnapshot): string {
	return `${snapshot.source}.${snapshot.asOf}${snapshot.next ? `.${sourcesTag(snapshot.next)}` : ''}`;
}

/**
 * `GET /api/v1/pricing?schedule=&at=`: everything a browser needs to price one schedule itself,
 * in one answer: the version in force at `at` (default: now), its file's SHA-256, and the rate
 * snapshot it is priced with (or null). 404 for an unknown schedule or none in force yet.
 */
export function getPricing(request: Request, options: ApiOptions = {}): Response {
	const rules = options.rules ?? getRules();
	const query = readQuery(new URL(request.url).searchParams);
	if (!query.ok) return issuesResponse(query.issues);
	const { schedule: id, at, ...rest } = query.value;
	const unknown = Object.keys(rest);
	if (unknown.length > 0)
		return issuesResponse(unknown.map((k) => apiIssue('unknown_parameter', [k])));
	if (id === undefined) return issuesResponse([apiIssue('required', ['schedule'])]);
	if (at !== undefined && !isInstant(at))
		return issuesResponse([apiIssue('invalid_instant', ['at'])]);
	const versions = rules.schedules.get(id);
	if (!versions)
		return issuesResponse([apiIssue('unknown_schedule', ['schedule'], { value: id })], 404);
	const when = at ?? new Date(options.now ?? Date.now()).toISOString();
	const body: PricingBody | null = pricingAt(rules, id, Date.parse(when));
	if (!body) {
		const params = { schedule: id, at: when, from: versions[0].schedule.effectiveFrom };
		const message = requestMessage('schedule_not_effective', 'en', params);
		return issuesResponse([{ path: ['at'], code: 'schedule_not_effective', message }], 404);
	}
	const { hash, snapshot } = body;
	const headers = {
		'cache-control': 'public, max-age=60',
		etag: etagOf(`${hash}.${snapshot ? sourcesTag(snapshot) : 'none'}`)
	};
	if (ifNoneMatch(request.headers.get('if-none-match'), headers.etag)) return notModified(headers);
	return jsonResponse(body, 200, headers);
}
