export type { ApiOptions } from './ApiOptions';
export { getQuote } from './getQuote';
export { postQuote } from './postQuote';
export { postAlternatives } from './postAlternatives';
export { postCompare } from './postCompare';
export { listSchedules } from './listSchedules';
export { getScheduleFile } from './getScheduleFile';
export { getRates } from './getRates';
export { getPricing } from './getPricing';
export { getOpenApi } from './getOpenApi';
export { confirmQuote } from './confirmQuote';
export { verifyQuote, verifyToken } from './verifyQuote';
export { methodNotAllowed } from './methodNotAllowed';
export { notFound } from './notFound';
export { quoteMaxAge, MAX_AGE_CAP } from './quoteMaxAge';
export { readQuery, type QueryResult } from './readQuery';
export { refuseParameters } from './refuseParameters';
export { quoteJson, type QuoteJsonOutcome } from './quoteJson';
export { apiIssue, API_MESSAGES, type ApiIssueCode } from './messages';
export {
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
	type Verification
} from './apiSchemas';
export { openApiDocument } from './openapi/openApiDocument';
export { API_PATHS } from './openapi/apiPaths';
export { API_COMPONENTS } from './openapi/apiComponents';
export type { ApiPath, ApiOperation, ApiResponse } from './openapi/ApiPath';
export { getDecode, postDecode } from './decode';
export { decodeRequestSchema, decodeResultSchema } from './decodeSchemas';
export {
	alertRequestSchema,
	alertConditionSchema,
	alertCreatedSchema,
	alertViewSchema,
	alertChangeSchema,
	unsubscribedSchema,
	type AlertCreated,
	type AlertView
} from './alertSchemas';
