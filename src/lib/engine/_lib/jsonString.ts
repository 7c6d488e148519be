import { perText } from './perText';

const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** `JSON.stringify(s)`: printable ASCII without `"` or `\` needs no escapes. */
export function jsonString(s: string): string {
	return PLAIN.test(s) ? `"${s}"` : JSON.stringify(s);
}

/**
 * `jsonString(s)` memoised: for the few strings a quote repeats from its rules and request,
 * names, messages, ids and codes.
 */
export const jsonStringOf = perText(jsonString);
