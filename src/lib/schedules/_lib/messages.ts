import { FILE_MESSAGES } from '../../rulesfiles';

/**
 * Every message the schedules layer writes about a rules file, in one place: the file-level ones
 * are the rules-files layer's. Tests assert codes, not these words.
 */
export const messages = {
	invalidJson: FILE_MESSAGES.invalidJson,
	duplicateKey: FILE_MESSAGES.duplicateKey,
	idMismatch: (has: string, folder: string) => `is "${has}" but the folder says "${folder}"`,
	versionMismatch: (has: string, name: string) => `is "${has}" but the file name says "${name}"`,

	badScheduleName:
		'must be schedules/<id>/<version>.json with <id> and <version> matching [a-z0-9][a-z0-9._-]*',
	badSnapshotName:
		'must be rates/<source>/<name>.json with <source> matching [a-z0-9][a-z0-9._-]* and a <name> that does not start with a dot and has no slash, backslash or control character',
	sourceMismatch: (has: string, folder: string) => `is "${has}" but the folder says "${folder}"`,
	sameInstant: (other: string) => `is the same instant as ${other}`,
	listedTwice: (source: string) => `lists ${source} more than once`,
	mixedBase: (other: string, base: string) =>
		`differs from ${other}, whose base is ${base}: one source's snapshots share one base`,
	mixedQuotation: (other: string) =>
		`differs from ${other}'s: one source's snapshots are quoted one way (direct or not)`,
	noSnapshots: (folder: string) => `no snapshots in ${folder}`,
	rateSourceRequired: (folder: string, count: number) =>
		`is required: ${folder} has ${count} sources`,
	noSchedules: 'holds no schedules/<id>/<version>.json files',

	unknownCurrency: (c: string) => `${c} is not an ISO 4217 currency`,
	unknownCountry: (c: string) => `${c} is not an ISO 3166-1 country code`,
	missingBaseCurrency: (base: string) => `must contain baseCurrency ${base}`,
	minAboveMax: (min: string, max: string) => `min ${min} is above max ${max}`,
	minHoursAboveMax: (min: number, max: number) => `minHours ${min} is above maxHours ${max}`,
	undeclaredRegion: (region: string) => `region ${region} is not declared in regions`,
	undeclaredKey: (key: string, value: string) =>
		`${key} "${value}" is not declared by this schedule`,
	unknownTimeZone: (zone: string) => `${zone} is not a time zone this runtime knows`,
	emptyWindow: (from: string) => `equals from ("${from}"): the window is empty`,
	duplicateId: (id: string, list: string) => `id "${id}" is used twice in ${list}`,
	openBracketNotLast: 'only the last bracket may have upTo null',
	lastBracketNotOpen: 'the last bracket must have upTo null',
	bracketsNotAscending: (upTo: string) => `upTo ${upTo} must be above the previous bracket's`,
	unknownHelpCode: (code: string) =>
		`"${code}" is neither a notice id of this schedule nor an engine code`,
	emptyKeys: (field: string) => `${field} must declare at least one key, or be left out`
} as const;

/** The issue codes of schedule validation (beyond the schema's own). */
export type ScheduleIssueCode =
	| 'invalid_json'
	| 'duplicate_key'
	| 'id_mismatch'
	| 'version_mismatch'
	| 'bad_file_name'
	| 'source_mismatch'
	| 'duplicate_effective_from'
	| 'duplicate_as_of'
	| 'unknown_rate_source'
	| 'rate_source_required'
	| 'no_schedules'
	| 'unknown_currency'
	| 'unknown_country'
	| 'missing_base_currency'
	| 'min_above_max'
	| 'undeclared_region'
	| 'undeclared_key'
	| 'unknown_time_zone'
	| 'empty_window'
	| 'duplicate_id'
	| 'tiers_not_ascending'
	| 'tiers_last_not_open'
	| 'unknown_help_code'
	| 'empty';
