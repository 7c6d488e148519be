import { resolve } from 'node:path';
import type { RulesIssue } from '../rulesfiles';
import { formatIssue } from '../rulesfiles';
import type { Rules } from '../schedules';
import { loadRules, RulesError } from './loadRules';
import { rulesVersion } from './rulesVersion';

/** One loaded set: the rules, when they were swapped in, their version. Never changed once made. */
interface LoadedSet {
	readonly rules: Rules;
	readonly loadedAt: string;
	readonly version: string;
}

/** Why the last reload was refused; cleared by the next one that succeeds. */
export interface ReloadError {
	at: string;
	issues: RulesIssue[];
}

/** What `GET /api/v1/health` says about the rules being served. */
export interface RulesStatus {
	loadedAt: string;
	version: string;
	schedules: number;
	scheduleVersions: number;
	snapshots: number;
	lastError?: ReloadError;
}

export type ReloadOutcome =
	{ ok: true; changed: boolean; version: string } | { ok: false; issues: RulesIssue[] };

let current: LoadedSet | null = null;
let lastError: ReloadError | null = null;
/** The hash of every schedule version this process has loaded, by `id/version`: versions are immutable. */
const seenHashes = new Map<string, { hash: string; file: string }>();

/** The rules folder the server uses: FEECALC_RULES, or `rules/` in the working directory. */
export function rulesDir(): string {
	return resolve(process.env.FEECALC_RULES ?? 'rules');
}

/** Issues for loaded schedule versions whose bytes differ from when this process first loaded them. */
function changedVersions(rules: Rules): RulesIssue[] {
	const issues: RulesIssue[] = [];
	for (const [id, versions] of rules.schedules)
		for (const v of versions) {
			const seen = seenHashes.get(`${id}/${v.schedule.version}`);
			if (seen && seen.hash !== v.hash)
				issues.push({
					file: v.file,
					path: [],
					code: 'version_changed',
					message: `changed since it was loaded (sha256 ${seen.hash.slice(0, 12)}…, now ${v.hash.slice(0, 12)}…): a schedule version is immutable; put the change in a new version`
				});
		}
	return issues;
}

const listeners = new Set<(rules: Rules) => void>();

/**
 * Calls `listener` with every new set of rules swapped in (a reload that changed something, a
 * new rates table); returns how to stop. The alerts check again then.
 */
export function onRulesChange(listener: (rules: Rules) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function swapIn(rules: Rules): LoadedSet {
	for (const [id, versions] of rules.schedules)
		for (const v of versions)
			seenHashes.set(`${id}/${v.schedule.version}`, { hash: v.hash, file: v.file });
	current = Object.freeze({
		rules,
		loadedAt: new Date().toISOString(),
		version: rulesVersion(rules)
	});
	lastError = null;
	for (const l of listeners) l(rules);
	return current;
}

/** Loads and validates the rules folder once; throws RulesError when it is invalid. */
export function initRules(): Rules {
	return swapIn(loadRules(rulesDir())).rules;
}

/**
 * The rules being served: one immutable set. A handler reads it once per request, so a reload
 * in the middle of a request does not change what that request sees.
 */
export function getRules(): Rules {
	return (current ?? swapIn(loadRules(rulesDir()))).rules;
}

/**
 * Reads and validates the whole rules folder again and swaps it in at once when it is valid,
 * its schedule versions unchanged, and different from the set being served; otherwise keeps
 * the last good set and remembers why (`rulesStatus().lastError`). `log` hears of a swap, `warn`
 * of a refusal (every problem with its file and JSON path).
 */
export function reloadRules(
	log: (line: string) => void = () => {},
	warn: (line: string) => void = log
): ReloadOutcome {
	let rules: Rules;
	try {
		rules = loadRules(rulesDir());
	} catch (e) {
		if (!(e instanceof RulesError)) throw e;
		return refuse(e.issues, warn);
	}
	const changed = changedVersions(rules);
	if (changed.length > 0) return refuse(changed, warn);
	const version = rulesVersion(rules);
	if (current && current.version === version) {
		lastError = null;
		return { ok: true, changed: false, version };
	}
	const previous = current?.version;
	swapIn(rules);
	log(
		`feecalc: rules reloaded: version ${version}${previous ? ` (was ${previous})` : ''}, ${rules.schedules.size} schedules, ${countSnapshots(rules)} rate snapshots`
	);
	return { ok: true, changed: true, version };
}

function refuse(issues: RulesIssue[], log: (line: string) => void): ReloadOutcome {
	lastError = { at: new Date().toISOString(), issues };
	log(
		`feecalc: the rules folder ${rulesDir()} is invalid; still serving version ${current?.version ?? 'none'}:\n${issues.map(formatIssue).join('\n')}`
	);
	return { ok: false, issues };
}

function countSnapshots(rules: Rules): number {
	let n = 0;
	for (const list of rules.rates.values()) n += list.length;
	return n;
}

/** The set being served and the last refused reload, for the health check. */
export function rulesStatus(): RulesStatus {
	getRules();
	const { rules, loadedAt, version } = current!;
	let scheduleVersions = 0;
	for (const list of rules.schedules.values()) scheduleVersions += list.length;
	return {
		loadedAt,
		version,
		schedules: rules.schedules.size,
		scheduleVersions,
		snapshots: countSnapshots(rules),
		...(lastError ? { lastError } : {})
	};
}
