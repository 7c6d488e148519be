export { loadRules, RulesError, displayPrefix } from './loadRules';
export { nodeSha256 } from './nodeSha256';
export { quoteOptions } from './quoteOptions';
export { confirmRequest, type ConfirmOutcome, type ConfirmationPayload } from './confirmRequest';
export {
	initRules,
	getRules,
	rulesDir,
	reloadRules,
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
export {
	type ApiOptions,
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
	verifyToken,
	methodNotAllowed,
	notFound,
	quoteMaxAge,
	MAX_AGE_CAP,
	readQuery,
	type QueryResult,
	refuseParameters,
	quoteJson,
	type QuoteJsonOutcome,
	apiIssue,
	API_MESSAGES,
	type ApiIssueCode,
	issueSchema,
	issuesSchema,
	confirmationSchema,
	confirmRefusalSchema,
	verifyRequestSchema,
	verificationSchema,
	scheduleListSchema,
	rateSnapshotSchema,
	rateSourceSchema,
	ratesAnswerSchema,
	pricingSchema,
	healthSchema,
	compareRequestSchema,
	comparisonSchema,
	alternativesSchema,
	type RatesAnswer,
	type Health,
	type ScheduleList,
	type RateSnapshotBody,
	type PricingBody,
	type Confirmation,
	type Verification,
	openApiDocument,
	API_PATHS,
	API_COMPONENTS,
	type ApiPath,
	type ApiOperation,
	type ApiResponse,
	getDecode,
	postDecode,
	decodeRequestSchema,
	decodeResultSchema
} from './api';
export { pricingAt, minorUnitsIn } from './pricingAt';
export { securityHeaders, FRAMEABLE_PATHS } from './securityHeaders';
export { widgetScript } from './widgetScript';
export { crossSiteFormRefusal } from './crossSiteFormRefusal';
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
