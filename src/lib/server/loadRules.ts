import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RulesIssue } from '../rulesfiles';
import { formatIssue } from '../rulesfiles';
import { assembleRules, type Rules, type RulesFile } from '../schedules';

/** A rules folder that failed validation; `issues` name each file and JSON path. */
export class RulesError extends Error {
	constructor(readonly issues: RulesIssue[]) {
		super(issues.map(formatIssue).join('\n'));
		this.name = 'RulesError';
	}
}

/** Paths under `sub` (`schedules`, `rates`) to one level of folders; dotfiles are ignored. */
function listFiles(dir: string, sub: string): { files: string[]; folders: string[] } {
	const out = { files: [] as string[], folders: [] as string[] };
	const visible = (names: string[]) => names.filter((n) => !n.startsWith('.')).sort();
	let names: string[];
	try {
		names = visible(readdirSync(join(dir, sub)));
	} catch {
		return out;
	}
	for (const id of names) {
		const folder = join(sub, id);
		if (!statSync(join(dir, folder)).isDirectory()) {
			out.files.push(folder);
			continue;
		}
		for (const f of visible(readdirSync(join(dir, folder)))) {
			const p = join(folder, f);
			(statSync(join(dir, p)).isDirectory() ? out.folders : out.files).push(p);
		}
	}
	return out;
}

/** How a rules folder names its files in messages: relative to the working directory when inside it. */
export function displayPrefix(dir: string, cwd = process.cwd()): string {
	const rel = relative(cwd, dir);
	const shown = rel === '' ? '.' : rel.startsWith('..') ? dir : rel;
	return shown.split(sep).join('/').replace(/\/?$/, '/');
}

/**
 * Reads and validates a rules folder (`schedules/`, `rates/`). Throws RulesError listing every
 * problem, files named relative to `cwd` when inside it; a half-valid folder is never returned.
 */
export function loadRules(dir: string, cwd = process.cwd()): Rules {
	const prefix = displayPrefix(dir, cwd);
	try {
		if (!statSync(dir).isDirectory()) throw new Error();
	} catch {
		throw new RulesError([
			{ file: prefix, path: [], code: 'no_rules_folder', message: 'is not a folder' }
		]);
	}
	const issues: RulesIssue[] = [];
	const files: RulesFile[] = [];
	for (const sub of ['schedules', 'rates']) {
		const found = listFiles(dir, sub);
		for (const f of found.folders)
			issues.push({
				file: prefix + f.split(sep).join('/'),
				path: [],
				code: 'bad_file_name',
				message: 'is a folder; only <name>.json files belong here'
			});
		for (const p of found.files) {
			const path = p.split(sep).join('/');
			try {
				files.push({ path, bytes: readFileSync(join(dir, p)) });
			} catch (e) {
				issues.push({
					file: prefix + path,
					path: [],
					code: 'unreadable',
					message: `cannot be read: ${(e as Error).message}`
				});
			}
		}
	}
	const r = assembleRules(files, prefix);
	if (!r.ok || issues.length) throw new RulesError([...issues, ...(r.ok ? [] : r.errors)]);
	return r.rules;
}
