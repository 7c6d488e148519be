import { z } from 'zod';
import {
	COUNTRY,
	COUNTRY_OR_REGION,
	CURRENCY,
	DECIMAL,
	ID,
	KEY,
	REGION_NAME
} from './_lib/patterns';
import { isInstant } from '../rulesfiles';
import { WEEK_TIME } from '../engine';

const decimal = z
	.string()
	.regex(DECIMAL, { error: 'must be a non-negative decimal string, such as "1.50"' })
	.meta({ description: 'A decimal string; never a JSON number.' });
const currency = z.string().regex(CURRENCY, { error: 'must be an ISO 4217 code such as "USD"' });
const country = z
	.string()
	.regex(COUNTRY, { error: 'must be an ISO 3166-1 alpha-2 code such as "US"' });
const key = z.string().regex(KEY, { error: 'must match [a-z][a-z0-9_]*' });
const id = z.string().regex(ID, { error: 'must match [a-z0-9][a-z0-9._-]*' });
const place = z.string().regex(COUNTRY_OR_REGION, {
	error: 'must be a country code such as "US" or a region such as "@EEA"'
});

const i18n = z
	.object({ en: z.string().min(1) })
	.catchall(z.string())
	.meta({ description: 'Text per locale; `en` is required.' });

const moneyMap = z
	.record(currency, decimal)
	.meta({ description: 'An amount per currency; must contain baseCurrency.' });

const oneOrMany = <T extends z.ZodType>(t: T) => z.union([t, z.array(t).min(1)]);

const amountBounds = z.strictObject({
	gte: moneyMap.optional(),
	gt: moneyMap.optional(),
	lte: moneyMap.optional(),
	lt: moneyMap.optional()
});
const count = z.int().min(0);
const countBounds = z.strictObject({
	gte: count.optional(),
	gt: count.optional(),
	lte: count.optional(),
	lt: count.optional()
});
const weekTime = z
	.string()
	.regex(WEEK_TIME, { error: 'must be "<day> HH:MM" with day mon … sun, such as "fri 17:00"' });
const windowSchema = z
	.strictObject({
		timeZone: z.string().meta({ description: 'IANA time zone, such as "America/New_York"' }),
		from: weekTime.meta({ description: 'Start, inclusive' }),
		to: weekTime.meta({ description: 'End, exclusive; may wrap past Sunday midnight' })
	})
	.meta({ description: 'A weekly window of wall-clock time in timeZone' });

export const conditionSchema = z
	.strictObject({
		type: oneOrMany(key).optional(),
		funding: oneOrMany(key).optional(),
		payout: oneOrMany(key).optional(),
		profile: oneOrMany(key).optional(),
		speed: oneOrMany(key).optional(),
		currency: oneOrMany(currency).optional(),
		targetCurrency: oneOrMany(currency).optional(),
		origin: oneOrMany(place).optional(),
		destination: oneOrMany(place).optional(),
		scope: oneOrMany(z.enum(['domestic', 'international'])).optional(),
		amount: oneOrMany(amountBounds).optional(),
		transfersThisPeriod: oneOrMany(countBounds).optional(),
		window: oneOrMany(windowSchema).optional()
	})
	.meta({ description: 'Every key present must match; {} matches everything.' });

const named = z.record(key, z.strictObject({ name: i18n }));
const rounding = z.enum(['half-up', 'half-even', 'down', 'up']);

const tiersSchema = z.strictObject({
	currency,
	mode: z.enum(['volume', 'graduated']),
	basis: z.enum(['transfer', 'period']).optional(),
	brackets: z
		.array(
			z.strictObject({
				upTo: decimal.nullable(),
				percent: decimal.optional(),
				fixed: decimal.optional()
			})
		)
		.min(1)
});

export const componentSchema = z.strictObject({
	id,
	name: i18n,
	category: z.enum(['fee', 'tax']).optional(),
	payer: z.enum(['sender', 'recipient']).optional(),
	when: conditionSchema,
	percent: decimal.nullable().optional(),
	fixed: moneyMap.nullable().optional(),
	tiers: tiersSchema.nullable().optional(),
	min: moneyMap.nullable().optional(),
	max: moneyMap.nullable().optional(),
	allowance: moneyMap
		.nullable()
		.optional()
		.meta({ description: 'An amount per usage period this component does not charge' })
});

const hours = z.int().min(0);

/** Fee schedule format version 1 (`schedule-format.md`): the shape; `checkSchedule` adds the rest. */
export const scheduleSchema = z
	.strictObject({
		$schema: z.string().optional(),
		schemaVersion: z.literal(1),
		id,
		version: id,
		effectiveFrom: z.string().refine(isInstant, {
			error: 'must be an ISO 8601 instant with an offset, such as "2026-11-01T00:00:00Z"',
			params: { code: 'invalid_format' }
		}),
		name: i18n,
		sources: z
			.array(
				z.strictObject({
					title: z.string(),
					url: z.string().optional(),
					retrieved: z.string().optional()
				})
			)
			.optional(),
		baseCurrency: currency,
		rateSource: z.union([z.string().regex(ID), z.array(z.string().regex(ID)).min(1)]).optional(),
		rateMaxAgeHours: z.int().min(0).optional(),
		rounding: rounding.optional(),
		conversionRounding: rounding.optional(),
		origins: z.array(country).min(1),
		types: named,
		funding: named,
		payouts: named.optional(),
		profiles: named.optional(),
		speeds: named.optional(),
		usagePeriod: z.enum(['calendar-month', 'rolling-30-days']).optional(),
		currencies: z.array(currency).min(1),
		destinations: z.record(country, z.strictObject({ currencies: z.array(currency).min(1) })),
		regions: z.record(z.string().regex(REGION_NAME), z.array(country)).optional(),
		fees: z.array(componentSchema),
		fx: z.array(z.strictObject({ when: conditionSchema, marginPercent: decimal })).optional(),
		limits: z
			.array(
				z.strictObject({
					id,
					when: conditionSchema,
					min: moneyMap.optional(),
					max: moneyMap.optional()
				})
			)
			.optional(),
		notices: z
			.array(
				z.strictObject({
					id,
					when: conditionSchema,
					severity: z.enum(['block', 'warn', 'info']),
					message: i18n
				})
			)
			.optional(),
		delivery: z
			.array(z.strictObject({ when: conditionSchema, minHours: hours, maxHours: hours }))
			.optional(),
		help: z
			.record(z.string().regex(ID), z.strictObject({ text: i18n, url: z.string().optional() }))
			.optional()
			.meta({ description: 'What a person can do about a notice, by notice code' }),
		support: z
			.strictObject({
				email: z.string().optional(),
				phone: z.string().optional(),
				chat: z.string().optional().meta({ description: 'A URL' }),
				hours: i18n.optional(),
				replyWithin: i18n.optional()
			})
			.optional()
	})
	.meta({ title: 'Fee schedule, format version 1' });
