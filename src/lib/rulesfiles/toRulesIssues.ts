import type { z } from 'zod';
import type { RulesIssue } from './RulesIssue';
import { FILE_MESSAGES as messages } from './messages';

type Path = (string | number)[];

const EXPECTED: Record<string, string> = {
	string: 'a string',
	number: 'a number',
	object: 'an object',
	record: 'an object',
	array: 'an array'
};

function received(input: unknown): string {
	if (input === null) return 'null';
	if (Array.isArray(input)) return 'an array';
	if (typeof input === 'object') return 'an object';
	if (typeof input === 'boolean') return String(input);
	return `a ${typeof input}`;
}

/** One zod issue (parsed with `reportInput: true`) in the stable codes of `RulesIssue`. */
function toIssues(
	file: string,
	issue: z.core.$ZodIssue,
	isDecimal: (path: Path) => boolean,
	prefix: Path = []
): RulesIssue[] {
	const path = [...prefix, ...(issue.path.filter((part) => typeof part !== 'symbol') as Path)];
	const at = (code: string, message: string, where: Path = path): RulesIssue[] => [
		{ file, path: where, code, message }
	];
	switch (issue.code) {
		case 'unrecognized_keys':
			return issue.keys.flatMap((key) => at('unknown_key', messages.unknownKey, [...path, key]));
		case 'invalid_key':
			return at('invalid_format', issue.issues[0]?.message ?? issue.message);
		case 'invalid_type':
			if (issue.input === undefined) return at('required', messages.required);
			if (typeof issue.input === 'number' && isDecimal(path))
				return at('number_not_string', messages.numberNotString);
			return at(
				'invalid_type',
				messages.invalidType(EXPECTED[issue.expected] ?? issue.expected, received(issue.input))
			);
		case 'invalid_union': {
			// A value or a list of values: report the branch that has the input's shape.
			const branch = issue.errors[Array.isArray(issue.input) ? issue.errors.length - 1 : 0] ?? [];
			return branch.flatMap((sub) => toIssues(file, sub, isDecimal, path));
		}
		case 'invalid_value':
			if (issue.input === undefined) return at('required', messages.required);
			if (typeof issue.input !== 'string' && issue.values.every((v) => typeof v === 'string'))
				return at('invalid_type', messages.invalidType('a string', received(issue.input)));
			return at('invalid_value', issue.message);
		case 'invalid_format':
			if (typeof issue.input === 'string' && /^-[0-9]+(\.[0-9]+)?$/.test(issue.input))
				return at('negative_value', messages.negative);
			return at('invalid_format', issue.message);
		case 'custom':
			return at(String(issue.params?.code ?? 'invalid_value'), issue.message);
		default:
			return at(issue.code, issue.message);
	}
}

/** zod's issues as `RulesIssue`s; `isDecimal` names the paths where a JSON number is a mistake. */
export function toRulesIssues(
	file: string,
	issues: readonly z.core.$ZodIssue[],
	isDecimal: (path: Path) => boolean
): RulesIssue[] {
	return issues.flatMap((issue) => toIssues(file, issue, isDecimal));
}
