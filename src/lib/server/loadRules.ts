import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RulesIssue } from '../rates';
import { formatIssue } from '../rates';
import { assembleRules, type Rules, type RulesFile } from '../schedules';

/** A rules folder that failed validation; `issues` name each file and JSON path. */
export class RulesError extends Error {
	constructor(readonly issues: RulesIssue[]) {
		super(issues.map(formatIssue).join('\n'));
		this.name = 'RulesError';
	}
}

function listJson(dir: string, sub: string): string[] {
	const root = join(dir, sub);
	let ids: string[];
	try {
		ids = readdirSync(root);
	} catch {
		return [];
	}
	return ids.flatMap((id) => {
		const folder = join(root, id);
		if (!statSync(folder).isDirectory()) return [join(sub, id)];
		return readdirSync(folder)
			.filter((f) => f.endsWith('.json') || !f.startsWith('.'))
			.map((f) => join(sub, id, f));
	});
}

/** How a rules folder names its files in messages: relative to the working directory when inside it. */
export function displayPrefix(dir: string): string {
	const rel = relative(process.cwd(), dir);
	const shown = rel === '' ? '.' : rel.startsWith('..') ? dir : rel;
	return shown.split(sep).join('/').replace(/\/?$/, '/');
}

/**
 * Reads and validates a rules folder (`schedules/`, `rates/`). Throws RulesError listing every
 * problem; a half-valid folder is never returned.
 */
export function loadRules(dir: string): Rules {
	const prefix = displayPrefix(dir);
	try {
		if (!statSync(dir).isDirectory()) throw new Error();
	} catch {
		throw new RulesError([{ file: prefix, path: [], code: 'no_rules_folder', message: 'is not a folder' }]);
	}
	const files: RulesFile[] = [...listJson(dir, 'schedules'), ...listJson(dir, 'rates')].map((p) => ({
		path: p.split(sep).join('/'),
		bytes: readFileSync(join(dir, p))
	}));
	const r = assembleRules(files, prefix);
	if (!r.ok) throw new RulesError(r.errors);
	return r.rules;
}
