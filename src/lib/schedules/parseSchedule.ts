import type { Schedule } from '../engine';
import { sha256Hex } from '../engine';
import { readJsonFile, type RulesIssue } from '../rulesfiles';
import { checkSchedule } from './checkSchedule';
import { messages } from './_lib/messages';
import { scheduleSchema } from './scheduleSchema';

export interface ScheduleVersion {
	schedule: Schedule;
	/** SHA-256 of the file's bytes, hex. */
	hash: string;
	file: string;
	/** The file's text, served as is. */
	text: string;
	effectiveFrom: number;
}

export type ParseScheduleResult =
	{ ok: true; version: ScheduleVersion } | { ok: false; errors: RulesIssue[] };

const DECIMAL_KEYS = new Set([
	'percent',
	'marginPercent',
	'upTo',
	'fixed',
	'min',
	'max',
	'gte',
	'gt',
	'lte',
	'lt',
	'allowance'
]);
const isDecimalPath = (path: (string | number)[]) =>
	!path.includes('transfersThisPeriod') &&
	path.some((p) => typeof p === 'string' && DECIMAL_KEYS.has(p));

/**
 * Reads and validates one schedule file. With `expect`, the file's id and version must match
 * its path. Every problem is an issue naming the file and the JSON path; nothing is thrown.
 */
export function parseSchedule(
	bytes: Uint8Array | string,
	file: string,
	expect?: { id: string; version: string }
): ParseScheduleResult {
	const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
	const read = readJsonFile(text, file, scheduleSchema, { isDecimalPath });
	if (!read.ok) return { ok: false, errors: read.issues };
	const dup = read.issues;
	const schedule: Schedule = read.data;
	const errors = [...dup, ...checkSchedule(schedule, file)];
	// The file says its id and version; its folder and name say them again, and must agree.
	const mismatch = (
		key: 'id' | 'version',
		code: string,
		words: (has: string, named: string) => string
	) => {
		if (expect && schedule[key] !== expect[key])
			errors.push({ file, path: [key], code, message: words(schedule[key], expect[key]) });
	};
	mismatch('id', 'id_mismatch', messages.idMismatch);
	mismatch('version', 'version_mismatch', messages.versionMismatch);
	if (errors.length > 0) return { ok: false, errors };
	return {
		ok: true,
		version: {
			schedule,
			hash: sha256Hex(bytes),
			file,
			text,
			effectiveFrom: Date.parse(schedule.effectiveFrom)
		}
	};
}
