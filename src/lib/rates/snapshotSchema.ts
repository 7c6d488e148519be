import { z } from 'zod';
import { RULES_MESSAGES as messages } from './rulesMessages';
import { CURRENCY_CODE, DECIMAL, SOURCE_NAME } from './_lib/patterns';
import { isInstant } from './isInstant';
import { isPositiveDecimal } from './_lib/isPositiveDecimal';

const currencyCode = z.string().regex(CURRENCY_CODE, { error: messages.currencyCode });

const rate = z
	.string()
	.regex(DECIMAL, { error: messages.decimal, abort: true })
	.refine(isPositiveDecimal, { error: messages.notPositive, params: { code: 'not_positive' } });

/**
 * The shape of a rate snapshot file, `rules/rates/<source>/<name>.json`. Use `parseSnapshot`,
 * which adds the checks a schema cannot express and reports issues with stable codes.
 */
export const snapshotSchema = z.strictObject({
	source: z.string().regex(SOURCE_NAME, { error: messages.source }),
	base: currencyCode,
	asOf: z
		.string()
		.refine(isInstant, { error: messages.instant, params: { code: 'invalid_format' } }),
	rates: z.record(currencyCode, rate)
});
