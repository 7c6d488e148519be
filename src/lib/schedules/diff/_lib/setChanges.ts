import type { Delta } from './valueChanges';

/**
 * Items added to and removed from a list read as a set, each named at the end of `path`; with
 * `firstIsDefault`, a different first item is a change at position 0.
 *
 * @example
 * setChanges(['USD', 'EUR'], ['USD', 'SEK'], ['currencies'])
 * // [{ path: ['currencies', 'SEK'], kind: 'added', after: 'SEK' },
 * //  { path: ['currencies', 'EUR'], kind: 'removed', before: 'EUR' }]
 */
export function setChanges(
	a: readonly string[] | undefined,
	b: readonly string[] | undefined,
	path: (string | number)[],
	firstIsDefault = false
): Delta[] {
	const x = a ?? [];
	const y = b ?? [];
	const out: Delta[] = [
		...y
			.filter((v) => !x.includes(v))
			.map((v): Delta => ({ path: [...path, v], kind: 'added', after: v })),
		...x
			.filter((v) => !y.includes(v))
			.map((v): Delta => ({ path: [...path, v], kind: 'removed', before: v }))
	];
	if (firstIsDefault && x.length > 0 && y.length > 0 && x[0] !== y[0])
		out.push({ path: [...path, 0], kind: 'changed', before: x[0], after: y[0] });
	return out;
}
