import type { z } from 'zod';
import type { RulesIssue } from './RulesIssue';
import { findDuplicateKeys } from './findDuplicateKeys';
import { FILE_MESSAGES as messages } from './messages';
import { toRulesIssues } from './toRulesIssues';

export interface ReadJsonOptions {
	/** Paths whose values are decimal strings: a JSON number there is `number_not_string`. */
	isDecimalPath?: (path: (string | number)[]) => boolean;
	/** The issue for a key written twice at `path`; default `duplicate_key`. */
	duplicate?: (path: (string | number)[]) => Pick<RulesIssue, 'code' | 'message'>;
}

export type ReadJsonResult<T> =
	{ ok: true; data: T; issues: RulesIssue[] } | { ok: false; issues: RulesIssue[] };

/**
 * The preamble of every rules file: the text without a byte-order mark, parsed as JSON
 * (`invalid_json`), its keys written twice (JSON keeps only the last), and its shape checked with
 * `schema`, every problem an issue naming `file` and the JSON path. `ok` when the schema passes;
 * `issues` may still hold duplicate keys, which the caller reports with its own checks.
 *
 * @example
 * readJsonFile('{"a":1,"a":2}', 'rules/x.json', z.object({ a: z.number() }))
 * // { ok: true, data: { a: 2 }, issues: [{ file: 'rules/x.json', path: ['a'], code: 'duplicate_key', … }] }
 */
export function readJsonFile<S extends z.ZodType>(
	text: string,
	file: string,
	schema: S,
	options: ReadJsonOptions = {}
): ReadJsonResult<z.output<S>> {
	const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (e) {
		const detail = e instanceof Error ? e.message : String(e);
		return {
			ok: false,
			issues: [{ file, path: [], code: 'invalid_json', message: messages.invalidJson(detail) }]
		};
	}
	const duplicate =
		options.duplicate ?? (() => ({ code: 'duplicate_key', message: messages.duplicateKey }));
	const issues: RulesIssue[] = findDuplicateKeys(json).map((path) => ({
		file,
		path,
		...duplicate(path)
	}));
	const parsed = schema.safeParse(data, { reportInput: true });
	if (!parsed.success)
		return {
			ok: false,
			issues: [
				...issues,
				...toRulesIssues(file, parsed.error.issues, options.isDecimalPath ?? (() => false))
			]
		};
	return { ok: true, data: parsed.data, issues };
}
