import { ECB_URLS } from './fetchFeed';
import { NBP_BASE } from './fetchSnapshots';
import { ECB_MINUTE_UTC, NBP_MINUTE_UTC } from './nextRefresh';

/** A source the server refreshes itself, where from, and at which minute of a weekday (UTC). */
export interface RefreshedSource {
	source: 'ecb' | 'nbp';
	url: string;
	minuteUtc: number;
}

export type RefreshPlan =
	{ ok: true; sources: RefreshedSource[]; line: string } | { ok: false; line: string };

const KNOWN = {
	ecb: {
		env: 'FEECALC_ECB_URL',
		url: ECB_URLS.daily,
		minuteUtc: ECB_MINUTE_UTC,
		when: '15:30 UTC'
	},
	nbp: { env: 'FEECALC_NBP_URL', url: NBP_BASE, minuteUtc: NBP_MINUTE_UTC, when: '11:30 UTC' }
} as const;

/**
 * What the server refreshes, from its environment: `FEECALC_RATES_REFRESH` (default `ecb,nbp`;
 * `off` for nothing; or a list of the two), each source from `FEECALC_ECB_URL` or
 * `FEECALC_NBP_URL` when set (tests point them at a local server), and the one line it says at
 * start.
 *
 * @example
 * ratesRefreshPlan({}).line
 * // 'feecalc: rates refresh: ecb on weekdays at 15:30 UTC, nbp on weekdays at 11:30 UTC, and at start (FEECALC_RATES_REFRESH=off turns it off)'
 */
export function ratesRefreshPlan(env: Record<string, string | undefined>): RefreshPlan {
	const asked = (env.FEECALC_RATES_REFRESH ?? 'ecb,nbp').trim();
	if (asked === 'off') return { ok: true, sources: [], line: 'feecalc: rates refresh: off' };
	const names = asked.split(',').map((s) => s.trim());
	const unknown = names.filter((n) => !(n in KNOWN));
	if (unknown.length > 0 || names.length === 0)
		return {
			ok: false,
			line: `feecalc: FEECALC_RATES_REFRESH=${asked}: say off, or any of ecb and nbp (such as ecb,nbp); not refreshing`
		};
	const sources = [...new Set(names as (keyof typeof KNOWN)[])].map((source) => ({
		source,
		url: env[KNOWN[source].env] || KNOWN[source].url,
		minuteUtc: KNOWN[source].minuteUtc
	}));
	const when = sources.map((s) => `${s.source} on weekdays at ${KNOWN[s.source].when}`).join(', ');
	return {
		ok: true,
		sources,
		line: `feecalc: rates refresh: ${when}, and at start (FEECALC_RATES_REFRESH=off turns it off)`
	};
}
