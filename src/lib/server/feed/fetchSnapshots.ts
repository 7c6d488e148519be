import type { RateSnapshot } from '../../engine';
import { parseEcbFeed, parseNbpTables, parseRatesFeed } from '../../rates';
import { ECB_URLS, fetchFeed } from './fetchFeed';
import { FeedError } from './FeedError';

/** The National Bank of Poland's public API. */
export const NBP_BASE = 'https://api.nbp.pl/api';
/** The bank serves at most 93 days of tables a request. */
const NBP_MAX_DAYS = 93;
const DAY = 86_400_000;

export interface FetchOptions {
	/** The feed's URL (ecb, a provider's own), or the API's base (nbp); default: the source's own. */
	url?: string;
	/** `90d` (or for nbp any `<N>d`, N ≤ 366) or `all` (ecb): a history instead of the latest. */
	history?: string;
	timeoutMs: number;
	/** Hears the bytes received so far of the request under way. */
	onBytes?: (received: number) => void;
	/** Today, for the bank's date ranges; default: the clock. */
	now?: number;
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * The bank's URLs for tables A and B: the latest of each, or for a history of `days` days up to
 * today, date ranges of at most 93 days, as JSON.
 *
 * @example
 * nbpUrls('https://api.nbp.pl/api', undefined, Date.parse('2022-05-13T12:00:00Z'))
 * // ['https://api.nbp.pl/api/exchangerates/tables/A/?format=json', '…/tables/B/?format=json']
 */
export function nbpUrls(base: string, days: number | undefined, now: number): string[] {
	const root = base.replace(/\/+$/, '');
	const urls: string[] = [];
	for (const table of ['A', 'B']) {
		if (days === undefined) {
			urls.push(`${root}/exchangerates/tables/${table}/?format=json`);
			continue;
		}
		const today = now - (now % DAY);
		for (let end = today, left = days; left > 0; left -= NBP_MAX_DAYS) {
			const span = Math.min(left, NBP_MAX_DAYS);
			const start = end - (span - 1) * DAY;
			urls.push(
				`${root}/exchangerates/tables/${table}/${isoDay(start)}/${isoDay(end)}/?format=json`
			);
			end = start - DAY;
		}
	}
	return urls;
}

/** How many days `--history` asks of the bank: `90d` and any `<N>d` up to a year. */
function nbpDays(history: string | undefined): number | undefined {
	if (history === undefined) return undefined;
	const m = /^([1-9][0-9]{0,2})d$/.exec(history);
	if (!m || Number(m[1]) > 366)
		throw new FeedError(
			`--history ${history}: the nbp source takes a number of days up to 366, such as 90d`
		);
	return Number(m[1]);
}

async function read(url: string, source: string, options: FetchOptions): Promise<RateSnapshot[]> {
	const text = await fetchFeed(url, options.timeoutMs, options.onBytes);
	const parsed =
		source === 'ecb'
			? parseEcbFeed(text)
			: source === 'nbp'
				? parseNbpTables(text)
				: parseRatesFeed(text, url, source);
	if (!parsed.ok) throw new FeedError(`${url}: ${parsed.error.message} (${parsed.error.code})`);
	return parsed.snapshots;
}

/**
 * Downloads the snapshots of a rate source, all or nothing: `ecb` (the ECB's daily file or
 * history), `nbp` (the bank's tables A and B, the latest or a history), or any other name from
 * `url`, which must serve snapshots of that source in the project's JSON format. Throws
 * FeedError with one line naming the URL for a time-out, a status other than 200, or a body
 * that is not what the source publishes.
 */
export async function fetchSnapshots(
	source: string,
	options: FetchOptions
): Promise<RateSnapshot[]> {
	if (source === 'ecb') {
		const h = options.history;
		if (h !== undefined && h !== '90d' && h !== 'all')
			throw new FeedError(`--history ${h}: the ecb source takes 90d or all`);
		return read(options.url ?? ECB_URLS[h ?? 'daily'], source, options);
	}
	if (source === 'nbp') {
		const urls = nbpUrls(
			options.url ?? NBP_BASE,
			nbpDays(options.history),
			options.now ?? Date.now()
		);
		const all: RateSnapshot[] = [];
		for (const url of urls) all.push(...(await read(url, source, options)));
		return all.sort((a, b) => Date.parse(a.asOf) - Date.parse(b.asOf));
	}
	if (options.url === undefined)
		throw new FeedError(`--source ${source}: give --url, the address that serves its snapshots`);
	if (options.history !== undefined)
		throw new FeedError(
			`--history: the ${source} source serves what its URL serves; leave --history out`
		);
	return read(options.url, source, options);
}
