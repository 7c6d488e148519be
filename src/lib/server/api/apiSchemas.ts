import { z } from 'zod';
import { requestSchema, resultSchema } from '../../quoting';
import { scheduleSchema } from '../../schedules';

// The bodies the API answers with besides a quote; the handlers' types are inferred from these.

export const issueSchema = z
	.strictObject({
		path: z.array(z.union([z.string(), z.number()])).meta({ description: 'The field, or []' }),
		code: z.string().meta({ description: 'Stable snake_case code', examples: ['required'] }),
		message: z.string().meta({ description: 'Words for people; may change' })
	})
	.meta({ title: 'Issue' });

export const issuesSchema = z
	.strictObject({ issues: z.array(issueSchema).min(1) })
	.meta({ title: 'Issues', description: 'Why a request was not answered' });

export const confirmationSchema = z
	.strictObject({
		quote: resultSchema,
		token: z.string().meta({ description: 'base64url(payload) "." base64url(HMAC-SHA-256)' }),
		expiresAt: z.string().meta({ description: 'When the token stops verifying: 30 minutes on' })
	})
	.meta({ title: 'Confirmation' });

export const confirmRefusalSchema = z
	.strictObject({
		issues: z.array(issueSchema).min(1).meta({ description: 'The quote’s block notices' }),
		quote: resultSchema
	})
	.meta({ title: 'ConfirmRefusal', description: 'A blocked quote cannot be confirmed' });

export const verifyRequestSchema = z
	.strictObject({ token: z.string() })
	.meta({ title: 'VerifyRequest' });

export const verificationSchema = z
	.discriminatedUnion('valid', [
		z.strictObject({ valid: z.literal(true), quote: resultSchema }),
		z.strictObject({ valid: z.literal(false), reason: z.enum(['expired', 'tampered']) })
	])
	.meta({ title: 'Verification' });

const i18n = z
	.object({ en: z.string() })
	.catchall(z.string())
	.meta({ description: 'Words per locale; `en` always' });

export const scheduleListSchema = z
	.strictObject({
		schedules: z.array(
			z.strictObject({
				id: z.string(),
				versions: z.array(
					z.strictObject({
						id: z.string(),
						version: z.string(),
						effectiveFrom: z.string(),
						hash: z.string().meta({ description: 'SHA-256 of the file, hex' }),
						name: i18n,
						status: z.enum(['past', 'in_force', 'upcoming']).meta({ description: 'At now' })
					})
				)
			})
		)
	})
	.meta({ title: 'ScheduleList' });

const publication = z.strictObject({ asOf: z.string(), table: z.string().optional() });

export const rateSnapshotSchema = z
	.strictObject({
		source: z.string(),
		base: z.string(),
		asOf: z.string(),
		quotation: z.literal('direct').optional().meta({
			description:
				'direct: units of base per one unit of each currency (nbp); absent: the other way'
		}),
		table: z.string().optional().meta({ description: "The published table's number" }),
		partial: z.literal(true).optional(),
		rates: z
			.record(z.string(), z.string())
			.meta({ description: 'Units of each currency per one unit of base (direct: the other way)' }),
		published: z.record(z.string(), publication).optional().meta({
			description:
				"For a source of several tables: when, and in which table, each currency's rate in force was published"
		}),
		get next() {
			return rateSnapshotSchema
				.optional()
				.meta({ description: "The schedule's next rate source, for pairs this one does not hold" });
		}
	})
	.meta({ title: 'RateSnapshot', id: 'RateSnapshot' });

export const rateSourceSchema = z
	.strictObject({
		source: z.string(),
		asOf: z.string().meta({ description: 'Its newest snapshot' }),
		ageSeconds: z
			.number()
			.int()
			.meta({ description: 'Seconds from that asOf to now (negative: not yet in force)' }),
		snapshots: z.number().int()
	})
	.meta({ title: 'RateSource' });

export const ratesAnswerSchema = rateSnapshotSchema
	.extend({
		sources: z
			.array(rateSourceSchema)
			.meta({ description: 'Every rate source here: how current its newest snapshot is' })
	})
	.meta({
		title: 'RatesAnswer',
		description: 'The snapshot in force, and how current each source is'
	});

export type RatesAnswer = z.infer<typeof ratesAnswerSchema>;

export const pricingSchema = z
	.strictObject({
		schedule: scheduleSchema,
		hash: z.string().meta({ description: 'SHA-256 of the schedule file, hex' }),
		snapshot: rateSnapshotSchema.nullable().meta({ description: 'The rates it is priced with' }),
		minorUnits: z.record(z.string(), z.number().int().min(0)).meta({
			description: 'ISO 4217 minor-unit exponent of every currency the schedule and snapshot name'
		}),
		noticeMessages: z.record(z.string(), z.record(z.string(), z.string())).meta({
			description:
				"Per locale, the words of the notices the engine itself raises ({amount} is a limit): a browser writes a quote's messages with them, as the server does"
		})
	})
	.meta({ title: 'Pricing', description: 'What a browser needs to price a schedule itself' });

export const healthSchema = z
	.strictObject({
		ok: z.literal(true),
		rules: z
			.strictObject({
				loadedAt: z.string().meta({ description: 'When the set being served was swapped in' }),
				version: z.string().meta({
					description: '12 hex digits of SHA-256 over every file: equal folders, equal versions'
				}),
				schedules: z.number().int().meta({ description: 'Schedules (ids)' }),
				scheduleVersions: z.number().int().meta({ description: 'Schedule version files' }),
				snapshots: z.number().int().meta({ description: 'Rate snapshot files' }),
				lastError: z
					.strictObject({
						at: z.string(),
						issues: z.array(
							z.strictObject({
								file: z.string(),
								path: z.array(z.union([z.string(), z.number()])),
								code: z.string(),
								message: z.string()
							})
						)
					})
					.optional()
					.meta({
						description:
							'Why the folder was last refused (the last good set is still served); absent once a reload succeeds'
					})
			})
			.meta({ description: 'The rules being served' })
	})
	.meta({ title: 'Health' });
export type Health = z.infer<typeof healthSchema>;

export type ScheduleList = z.infer<typeof scheduleListSchema>;
export type RateSnapshotBody = z.infer<typeof rateSnapshotSchema>;
export type PricingBody = z.infer<typeof pricingSchema>;
export type Confirmation = z.infer<typeof confirmationSchema>;
export type Verification = z.infer<typeof verificationSchema>;

const varyList = (description: string) =>
	z.array(z.string()).min(1).optional().meta({ description });

export const compareRequestSchema = z
	.strictObject({
		request: requestSchema
			.partial()
			.meta({ description: 'A quote request; a varied key may be left out' }),
		vary: z
			.strictObject({
				type: varyList('Transfer types'),
				funding: varyList('Funding sources'),
				payout: varyList('Payout methods'),
				speed: varyList('Delivery speeds'),
				destination: varyList('Destinations; each gets its default target currency'),
				schedule: varyList('Schedules; each at its version in force')
			})
			.optional()
			.meta({ description: 'Values per key; one quote per combination, at most 1000' })
	})
	.meta({ title: 'CompareRequest' });

const change = z
	.record(z.string(), z.string())
	.meta({ description: 'The keys changed from the request' });

export const comparisonSchema = z
	.strictObject({
		quotes: z.array(resultSchema).meta({ description: 'Allowed by cost.total, then blocked' }),
		excluded: z
			.array(z.strictObject({ change, issues: z.array(issueSchema) }))
			.optional()
			.meta({ description: 'Combinations that are malformed requests; absent when none' })
	})
	.meta({ title: 'Comparison' });

export const alternativesSchema = z
	.strictObject({
		alternatives: z
			.array(z.strictObject({ change, quote: resultSchema }))
			.meta({ description: 'Allowed alternatives, cheapest cost.total first; [] when allowed' })
	})
	.meta({ title: 'Alternatives' });
