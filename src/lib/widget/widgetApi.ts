import type { RequestIssue } from '../quoting';
import type { Confirmation } from './embedMessages';
import type { PricingData } from './priceInBrowser';

export type Answer<T> =
	{ ok: true; value: T } | { ok: false; status: number; issues: RequestIssue[] };

async function answer<T>(response: Promise<Response>): Promise<Answer<T>> {
	try {
		const res = await response;
		const body = await res.json();
		if (res.ok) return { ok: true, value: body as T };
		return {
			ok: false,
			status: res.status,
			issues: Array.isArray(body?.issues) ? body.issues : []
		};
	} catch {
		return { ok: false, status: 0, issues: [] };
	}
}

const base = (api: string) => api.replace(/\/+$/, '');

/**
 * The schedule in force and its rates, in one request (`GET /api/v1/pricing`): all the widget
 * needs before it can price locally.
 */
export function fetchPricing(api: string, schedule: string): Promise<Answer<PricingData>> {
	const query = new URLSearchParams({ schedule });
	return answer(fetch(`${base(api)}/api/v1/pricing?${query}`, { mode: 'cors' }));
}

/** Asks the server to price the request now and sign it (`POST /api/v1/quotes/confirm`). */
export function requestConfirmation(
	api: string,
	request: Record<string, string | number>
): Promise<Answer<Confirmation>> {
	return answer(
		fetch(`${base(api)}/api/v1/quotes/confirm`, {
			method: 'POST',
			mode: 'cors',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(request)
		})
	);
}
