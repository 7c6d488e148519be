export { FeedError } from './FeedError';
export { fetchFeed, ECB_URLS } from './fetchFeed';
export { fetchSnapshots, nbpUrls, NBP_BASE, type FetchOptions } from './fetchSnapshots';
export {
	writeSnapshots,
	describeWrites,
	snapshotFileName,
	type WriteReport
} from './writeSnapshots';
export { nextRefresh, BACKOFF_MS, ECB_MINUTE_UTC, NBP_MINUTE_UTC } from './nextRefresh';
export { startRatesRefresh, type RefreshOptions } from './startRatesRefresh';
export { refreshRates } from './refreshRates';
export { ratesRefreshPlan, type RefreshPlan, type RefreshedSource } from './ratesRefreshPlan';
