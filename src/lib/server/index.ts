export { loadRules, RulesError, displayPrefix } from './loadRules';
export { nodeSha256 } from './nodeSha256';
export { quoteOptions } from './quoteOptions';
export { confirmRequest, type ConfirmOutcome, type ConfirmationPayload } from './confirmRequest';
export {
	initRules,
	getRules,
	rulesDir,
	reloadRules,
	onRulesChange,
	rulesStatus,
	type RulesStatus,
	type ReloadError,
	type ReloadOutcome
} from './rulesStore';
export { watchRules, reloadMaxAge, RELOAD_MAX_AGE, type WatchOptions } from './watchRules';
export {
	CORS_HEADERS,
	MAX_BODY_BYTES,
	jsonResponse,
	issuesResponse,
	readJsonBody,
	type BodyResult
} from './http';
export { signingKey, signToken, openToken } from './signing';
// The API's handlers and the health answer's type, for the routes; its schemas, messages and
// OpenAPI parts are `$lib/server/api`'s.
export {
	getQuote,
	postQuote,
	postAlternatives,
	postCompare,
	listSchedules,
	getScheduleFile,
	getRates,
	getPricing,
	getOpenApi,
	confirmQuote,
	verifyQuote,
	methodNotAllowed,
	notFound,
	refuseParameters,
	getDecode,
	postDecode,
	quoteJson,
	type Health,
	type AlertCreated,
	type AlertView
} from './api';
export { pricingAt, minorUnitsIn } from './pricingAt';
export { securityHeaders, FRAMEABLE_PATHS } from './securityHeaders';
export { widgetScript } from './widgetScript';
export { crossSiteFormRefusal } from './crossSiteFormRefusal';
export { compressPage } from './compressPage';
export {
	FeedError,
	fetchFeed,
	ECB_URLS,
	fetchSnapshots,
	nbpUrls,
	NBP_BASE,
	type FetchOptions,
	writeSnapshots,
	describeWrites,
	snapshotFileName,
	type WriteReport,
	nextRefresh,
	BACKOFF_MS,
	ECB_MINUTE_UTC,
	NBP_MINUTE_UTC,
	startRatesRefresh,
	type RefreshOptions,
	refreshRates,
	ratesRefreshPlan,
	type RefreshPlan,
	type RefreshedSource
} from './feed';
export { rulesVersion } from './rulesVersion';
