import { Dec } from '../../../engine';

const DECIMAL = /^[0-9]+(\.[0-9]+)?$/;

/**
 * Deep equality of JSON values, where two decimal strings are equal when their numbers are
 * (`"1.5"` and `"1.50"`), and `null` is the same as absent.
 */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b || (a == null && b == null)) return true;
	if (typeof a === 'string' && typeof b === 'string')
		return DECIMAL.test(a) && DECIMAL.test(b) && new Dec(a).equals(b);
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
	if (!isRecord(a) || !isRecord(b)) return false;
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
	return [...keys].every((k) => sameValue(a[k], b[k]));
}

/** A plain JSON object (not an array, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}
