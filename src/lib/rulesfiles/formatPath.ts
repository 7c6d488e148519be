const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/**
 * Writes an issue path the way a person reads it: keys joined by dots, indexes in brackets,
 * and keys that would be ambiguous (a dot, a space, empty) quoted in brackets.
 *
 * @example
 * formatPath(['fees', 2, 'min']); // 'fees[2].min'
 * formatPath(['rates', 'USD']); // 'rates.USD'
 */
export function formatPath(path: readonly (string | number)[]): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else if (!PLAIN_KEY.test(part)) out += `[${JSON.stringify(part)}]`;
		else out += out === '' ? part : `.${part}`;
	}
	return out;
}
