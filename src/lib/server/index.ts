export { loadRules, RulesError, displayPrefix } from './loadRules';
export { nodeSha256 } from './nodeSha256';
export { initRules, getRules, rulesDir } from './rulesStore';
export {
	CORS_HEADERS,
	MAX_BODY_BYTES,
	jsonResponse,
	issuesResponse,
	readJsonBody,
	type BodyResult
} from './http';
export { signingKey, signToken, openToken } from './signing';
export { crossSiteFormRefusal } from './crossSiteFormRefusal';
