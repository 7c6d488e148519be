import type { z } from 'zod';
import { requestSchema, resultSchema } from '../../../quoting';
import { scheduleSchema } from '../../../schedules';
import {
	alternativesSchema,
	compareRequestSchema,
	comparisonSchema,
	confirmationSchema,
	confirmRefusalSchema,
	healthSchema,
	issueSchema,
	issuesSchema,
	pricingSchema,
	rateSnapshotSchema,
	ratesAnswerSchema,
	rateSourceSchema,
	scheduleListSchema,
	verificationSchema,
	verifyRequestSchema
} from '../apiSchemas';
import {
	alertChangeSchema,
	alertConditionSchema,
	alertCreatedSchema,
	alertRequestSchema,
	alertViewSchema,
	unsubscribedSchema
} from '../alertSchemas';
import { decodeRequestSchema, decodeResultSchema } from '../decodeSchemas';

/**
 * The named schemas of the OpenAPI description (`components.schemas`); anywhere else a schema is
 * met, a registered one becomes a `$ref`. New endpoints add their bodies here.
 */
export const API_COMPONENTS: Record<string, z.ZodType> = {
	QuoteRequest: requestSchema,
	QuoteResult: resultSchema,
	Issue: issueSchema,
	Issues: issuesSchema,
	Confirmation: confirmationSchema,
	ConfirmRefusal: confirmRefusalSchema,
	VerifyRequest: verifyRequestSchema,
	Verification: verificationSchema,
	ScheduleList: scheduleListSchema,
	FeeSchedule: scheduleSchema,
	RateSnapshot: rateSnapshotSchema,
	RatesAnswer: ratesAnswerSchema,
	RateSource: rateSourceSchema,
	Pricing: pricingSchema,
	Health: healthSchema,
	CompareRequest: compareRequestSchema,
	Comparison: comparisonSchema,
	Alternatives: alternativesSchema,
	DecodeRequest: decodeRequestSchema,
	DecodeResult: decodeResultSchema,
	AlertRequest: alertRequestSchema,
	AlertCondition: alertConditionSchema,
	AlertCreated: alertCreatedSchema,
	Alert: alertViewSchema,
	AlertChange: alertChangeSchema,
	Unsubscribed: unsubscribedSchema
};
