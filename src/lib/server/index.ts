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
export * from './api';
export { pricingAt, minorUnitsIn } from './pricingAt';
export { securityHeaders, FRAMEABLE_PATHS } from './securityHeaders';
export { widgetScript } from './widgetScript';
export { crossSiteFormRefusal } from './crossSiteFormRefusal';
export * from './feed';
export { rulesVersion } from './rulesVersion';
