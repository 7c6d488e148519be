import type { RateSnapshot } from '../engine';
import type { RulesIssue } from '../rates';
import { parseSnapshot } from '../rates';
import { lintSchedule, type LintFinding } from './lintSchedule';
import { parseSchedule, type ScheduleVersion } from './parseSchedule';
import { ID, SNAPSHOT_FILE } from './_lib/patterns';

export interface RulesFile {
	/** Path relative to the rules folder, with forward slashes: `schedules/<id>/<version>.json`. */
	path: string;
	bytes: Uint8Array;
}

export interface Rules {
	/** Versions of each schedule, oldest first. */
	schedules: Map<string, ScheduleVersion[]>;
	/** Snapshots of each rate source, oldest first. */
	rates: Map<string, (RateSnapshot & { file: string; time: number })[]>;
	lint: LintFinding[];
}

export type AssembleResult = { ok: true; rules: Rules } | { ok: false; errors: RulesIssue[] };

const BAD_NAME = {
	schedules:
		'must be schedules/<id>/<version>.json with <id> and <version> matching [a-z0-9][a-z0-9._-]*',
	rates:
		'must be rates/<source>/<name>.json with <source> matching [a-z0-9][a-z0-9._-]* and a <name> that does not start with a dot and has no slash, backslash or control character'
};

/** `schedules/<id>/<version>.json` with ids and versions; `rates/<source>/<any name>.json`. */
function hasValidName(parts: string[]): boolean {
	if (parts.length !== 3 || !ID.test(parts[1])) return false;
	if (parts[0] === 'rates') return SNAPSHOT_FILE.test(parts[2]);
	return parts[2].endsWith('.json') && ID.test(parts[2].slice(0, -'.json'.length));
}

/**
 * Validates a whole rules folder given its files; `prefix` is how issues name it (`rules/`).
 * Either every file is valid and the rules are returned, or every problem is reported.
 */
export function assembleRules(files: RulesFile[], prefix: string): AssembleResult {
	const errors: RulesIssue[] = [];
	const schedules = new Map<string, ScheduleVersion[]>();
	const rates: Rules['rates'] = new Map();
	const lint: LintFinding[] = [];
	for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
		const name = prefix + f.path;
		const parts = f.path.split('/');
		const stem = parts[2]?.replace(/\.json$/, '') ?? '';
		const fileError = (code: string, message: string) =>
			errors.push({ file: name, path: [], code, message });
		if (parts[0] !== 'schedules' && parts[0] !== 'rates') continue;
		if (!hasValidName(parts)) {
			fileError('bad_file_name', BAD_NAME[parts[0]]);
			continue;
		}
		if (parts[0] === 'schedules') {
			const r = parseSchedule(f.bytes, name, { id: parts[1], version: stem });
			if (!r.ok) errors.push(...r.errors);
			else {
				schedules.set(parts[1], [...(schedules.get(parts[1]) ?? []), r.version]);
				lint.push(...lintSchedule(r.version.schedule, name));
			}
		} else if (parts[0] === 'rates') {
			const r = parseSnapshot(new TextDecoder().decode(f.bytes), name);
			if (!r.ok) errors.push(...r.errors);
			else if (r.snapshot.source !== parts[1])
				errors.push({
					file: name,
					path: ['source'],
					code: 'source_mismatch',
					message: `is "${r.snapshot.source}" but the folder says "${parts[1]}"`
				});
			else
				rates.set(parts[1], [
					...(rates.get(parts[1]) ?? []),
					{ ...r.snapshot, file: name, time: Date.parse(r.snapshot.asOf) }
				]);
		}
	}
	for (const versions of schedules.values()) {
		versions.sort((a, b) => a.effectiveFrom - b.effectiveFrom);
		versions.forEach((v, i) => {
			const prev = versions[i - 1];
			if (prev && prev.effectiveFrom === v.effectiveFrom)
				errors.push({
					file: v.file,
					path: ['effectiveFrom'],
					code: 'duplicate_effective_from',
					message: `is the same instant as ${prev.file}`
				});
			const src = v.schedule.rateSource;
			if (src !== undefined && !rates.has(src))
				errors.push({
					file: v.file,
					path: ['rateSource'],
					code: 'unknown_rate_source',
					message: `no snapshots in ${prefix}rates/${src}/`
				});
			if (src === undefined && rates.size > 1)
				errors.push({
					file: v.file,
					path: ['rateSource'],
					code: 'rate_source_required',
					message: `is required: ${prefix}rates/ has ${rates.size} sources`
				});
		});
	}
	for (const list of rates.values()) {
		list.sort((a, b) => a.time - b.time);
		list.forEach((s, i) => {
			if (i > 0 && list[i - 1].time === s.time)
				errors.push({
					file: s.file,
					path: ['asOf'],
					code: 'duplicate_as_of',
					message: `is the same instant as ${list[i - 1].file}`
				});
		});
	}
	if (errors.length === 0 && schedules.size === 0)
		errors.push({
			file: prefix,
			path: [],
			code: 'no_schedules',
			message: 'holds no schedules/<id>/<version>.json files'
		});
	return errors.length > 0
		? { ok: false, errors }
		: { ok: true, rules: { schedules, rates, lint } };
}
