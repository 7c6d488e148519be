const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** `JSON.stringify(s)`: printable ASCII without `"` or `\` needs no escapes. */
export function jsonString(s: string): string {
	return PLAIN.test(s) ? `"${s}"` : JSON.stringify(s);
}

const known = new Map<string, string>();

/**
 * `jsonString(s)` memoised (cleared past 10,000 entries): for the few strings a quote repeats
 * from its rules and request, names, messages, ids and codes.
 */
export function jsonStringOf(s: string): string {
	let out = known.get(s);
	if (out === undefined) {
		if (known.size > 10_000) known.clear();
		known.set(s, (out = jsonString(s)));
	}
	return out;
}
