import type { RateSnapshot } from '../engine';
import type { RulesIssue } from '../rulesfiles';
import { parseSnapshot } from '../rates';
import { lintSchedule, type LintFinding } from './lintSchedule';
import { parseSchedule, type ScheduleVersion } from './parseSchedule';
import { messages } from './_lib/messages';
import { ID, SNAPSHOT_FILE } from './_lib/patterns';

export interface RulesFile {
	/** Path relative to the rules folder, with forward slashes: `schedules/<id>/<version>.json`. */
	path: string;
	bytes: Uint8Array;
}

/** A snapshot as loaded: its file (as issues name it) and its instant in epoch ms. */
export type LoadedSnapshot = RateSnapshot & { file: string; time: number };

export interface Rules {
	/** Versions of each schedule, oldest first. */
	schedules: Map<string, ScheduleVersion[]>;
	/** Snapshots of each rate source, oldest first. */
	rates: Map<string, LoadedSnapshot[]>;
	lint: LintFinding[];
}

export type AssembleResult = { ok: true; rules: Rules } | { ok: false; errors: RulesIssue[] };

const BAD_NAME = { schedules: messages.badScheduleName, rates: messages.badSnapshotName };

/** `schedules/<id>/<version>.json` with ids and versions; `rates/<source>/<any name>.json`. */
function hasValidName(parts: string[]): boolean {
	if (parts.length !== 3 || !ID.test(parts[1])) return false;
	if (parts[0] === 'rates') return SNAPSHOT_FILE.test(parts[2]);
	return parts[2].endsWith('.json') && ID.test(parts[2].slice(0, -'.json'.length));
}

type Snapshots = Rules['rates'];

/** Reads each schedule and snapshot file into `schedules` and `rates`, or its issues into `errors`. */
function readFiles(files: RulesFile[], prefix: string, into: Rules, errors: RulesIssue[]): void {
	for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
		const name = prefix + f.path;
		const parts = f.path.split('/');
		if (parts[0] !== 'schedules' && parts[0] !== 'rates') continue;
		if (!hasValidName(parts)) {
			errors.push({ file: name, path: [], code: 'bad_file_name', message: BAD_NAME[parts[0]] });
			continue;
		}
		if (parts[0] === 'schedules') {
			const stem = parts[2].replace(/\.json$/, '');
			const r = parseSchedule(f.bytes, name, { id: parts[1], version: stem });
			if (!r.ok) errors.push(...r.errors);
			else {
				into.schedules.set(parts[1], [...(into.schedules.get(parts[1]) ?? []), r.version]);
				into.lint.push(...lintSchedule(r.version.schedule, name));
			}
			continue;
		}
		const r = parseSnapshot(new TextDecoder().decode(f.bytes), name);
		if (!r.ok) errors.push(...r.errors);
		else if (r.snapshot.source !== parts[1])
			errors.push({
				file: name,
				path: ['source'],
				code: 'source_mismatch',
				message: messages.sourceMismatch(r.snapshot.source, parts[1])
			});
		else
			into.rates.set(parts[1], [
				...(into.rates.get(parts[1]) ?? []),
				{ ...r.snapshot, file: name, time: Date.parse(r.snapshot.asOf) }
			]);
	}
}

/** Orders each schedule's versions; two at one instant, or a rate source missing, are issues. */
function checkVersions(rules: Rules, prefix: string, errors: RulesIssue[]): void {
	const { schedules, rates } = rules;
	for (const versions of schedules.values()) {
		versions.sort((a, b) => a.effectiveFrom - b.effectiveFrom);
		versions.forEach((v, i) => {
			const prev = versions[i - 1];
			const issue = (path: string, code: string, message: string) =>
				errors.push({ file: v.file, path: [path], code, message });
			if (prev && prev.effectiveFrom === v.effectiveFrom)
				issue('effectiveFrom', 'duplicate_effective_from', messages.sameInstant(prev.file));
			const src = v.schedule.rateSource;
			const listed = src === undefined ? [] : typeof src === 'string' ? [src] : src;
			listed.forEach((name, i) => {
				const path: (string | number)[] =
					typeof src === 'string' ? ['rateSource'] : ['rateSource', i];
				if (!rates.has(name))
					errors.push({
						file: v.file,
						path,
						code: 'unknown_rate_source',
						message: messages.noSnapshots(`${prefix}rates/${name}/`)
					});
				else if (listed.indexOf(name) !== i)
					errors.push({
						file: v.file,
						path,
						code: 'duplicate_rate_source',
						message: messages.listedTwice(name)
					});
			});
			if (src === undefined && rates.size > 1)
				issue(
					'rateSource',
					'rate_source_required',
					messages.rateSourceRequired(`${prefix}rates/`, rates.size)
				);
		});
	}
}

/** Two partial snapshots with no currency in common (two tables of one day) may share an instant. */
const disjoint = (a: LoadedSnapshot, b: LoadedSnapshot) =>
	a.partial === true &&
	b.partial === true &&
	!Object.keys(a.rates).some((c) => Object.hasOwn(b.rates, c));

/**
 * Orders each source's snapshots; two at one instant are an issue, unless both are partial with
 * no currency in common; a source's snapshots share one base and one quotation.
 */
function checkSnapshots(rates: Snapshots, errors: RulesIssue[]): void {
	for (const list of rates.values()) {
		list.sort((a, b) => a.time - b.time);
		const first = list[0];
		list.forEach((s, i) => {
			const issue = (path: string, code: string, message: string) =>
				errors.push({ file: s.file, path: [path], code, message });
			for (let j = i - 1; j >= 0 && list[j].time === s.time; j--)
				if (!disjoint(list[j], s)) {
					issue('asOf', 'duplicate_as_of', messages.sameInstant(list[j].file));
					break;
				}
			if (s.base !== first.base)
				issue('base', 'mixed_base', messages.mixedBase(first.file, first.base));
			else if (s.quotation !== first.quotation)
				issue('quotation', 'mixed_quotation', messages.mixedQuotation(first.file));
		});
	}
}

/**
 * Validates a whole rules folder given its files; `prefix` is how issues name it (`rules/`).
 * Either every file is valid and the rules are returned, or every problem is reported.
 */
export function assembleRules(files: RulesFile[], prefix: string): AssembleResult {
	const errors: RulesIssue[] = [];
	const rules: Rules = { schedules: new Map(), rates: new Map(), lint: [] };
	readFiles(files, prefix, rules, errors);
	checkVersions(rules, prefix, errors);
	checkSnapshots(rules.rates, errors);
	if (errors.length === 0 && rules.schedules.size === 0)
		errors.push({ file: prefix, path: [], code: 'no_schedules', message: messages.noSchedules });
	return errors.length > 0 ? { ok: false, errors } : { ok: true, rules };
}
