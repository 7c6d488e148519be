import { z } from 'zod';
import { RULES_MESSAGES as messages } from './rulesMessages';
import { CURRENCY_CODE, DECIMAL, SOURCE_NAME, TABLE } from './_lib/patterns';
import { isInstant } from '../rulesfiles';
import { isPositiveDecimal } from './_lib/isPositiveDecimal';

const currencyCode = z.string().regex(CURRENCY_CODE, { error: messages.currencyCode });

const rate = z
	.string()
	.regex(DECIMAL, { error: messages.decimal, abort: true })
	.refine(isPositiveDecimal, { error: messages.notPositive, params: { code: 'not_positive' } });

/**
 * The shape of a rate snapshot file, `rules/rates/<source>/<name>.json`: the ECB's form
 * (`source`, `base`, `asOf`, `rates`), and for sources that publish several tables (the National
 * Bank of Poland) `quotation`, `table` and `partial`. Use `parseSnapshot`,
 * which adds the checks a schema cannot express and reports issues with stable codes.
 */
export const snapshotSchema = z.strictObject({
	source: z.string().regex(SOURCE_NAME, { error: messages.source }),
	base: currencyCode,
	asOf: z
		.string()
		.refine(isInstant, { error: messages.instant, params: { code: 'invalid_format' } }),
	quotation: z.literal('direct', { error: messages.quotation }).optional().meta({
		description:
			'"direct": each rate is units of the base per one unit of its currency (the National Bank of Poland). Absent: units of its currency per one unit of the base (the ECB)'
	}),
	table: z
		.string()
		.regex(TABLE, { error: messages.table })
		.optional()
		.meta({ description: "The published table's number, e.g. 019/B/NBP/2022" }),
	partial: z.literal(true, { error: messages.partial }).optional().meta({
		description:
			"true: the snapshot holds only some of its source's currencies (one of several tables); each currency's rate in force is the latest one published at or before the instant"
	}),
	rates: z.record(currencyCode, rate)
});
