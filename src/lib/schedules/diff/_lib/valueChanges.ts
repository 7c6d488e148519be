import type { ChangeKind } from '../ScheduleChange';
import { isRecord, sameValue } from './sameValue';

export interface Delta {
	path: (string | number)[];
	kind: ChangeKind;
	before?: unknown;
	after?: unknown;
}

const asSet = (v: unknown) => new Set((Array.isArray(v) ? v : [v]).map(String));

/** A condition key other than `amount`: one value or any of several, so order and form do not count. */
function sameAnyOf(a: unknown, b: unknown): boolean {
	const x = asSet(a);
	const y = asSet(b);
	return x.size === y.size && [...x].every((v) => y.has(v));
}

/** Condition keys whose values are objects: any of several, compared whole, never by string. */
const OBJECT_KEYS = ['amount', 'transfersThisPeriod', 'window'];

const conditionKey = (path: (string | number)[]) =>
	path.length >= 2 && path[path.length - 2] === 'when' ? String(path[path.length - 1]) : null;

const isAnyOf = (path: (string | number)[]) => {
	const key = conditionKey(path);
	return key !== null && !OBJECT_KEYS.includes(key);
};

/**
 * A window or a count bound is one value or any of several; a change is the whole condition key
 * (a window's three fields only mean something together).
 */
const isWhole = (path: (string | number)[]) => {
	const key = conditionKey(path);
	return key === 'window' || key === 'transfersThisPeriod';
};

/**
 * Every leaf that differs between two JSON values, with its path under `path`. Objects are
 * compared key by key, arrays of objects item by item (extra items added or removed), anything
 * else as a whole; `null` counts as absent and equal decimals as equal.
 *
 * @example
 * valueChanges({ percent: '1.5', max: { USD: '29' } }, { percent: '1.75', max: { USD: '29.00' } })
 * // [{ path: ['percent'], kind: 'changed', before: '1.5', after: '1.75' }]
 */
export function valueChanges(a: unknown, b: unknown, path: (string | number)[] = []): Delta[] {
	if (a == null && b == null) return [];
	if (a == null) return [{ path, kind: 'added', after: b }];
	if (b == null) return [{ path, kind: 'removed', before: a }];
	if (isAnyOf(path)) return sameAnyOf(a, b) ? [] : [{ path, kind: 'changed', before: a, after: b }];
	if (isWhole(path))
		return sameValue([a].flat(), [b].flat())
			? []
			: [{ path, kind: 'changed', before: a, after: b }];
	if (isRecord(a) && isRecord(b)) {
		const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
		return keys.flatMap((k) => valueChanges(a[k], b[k], [...path, k]));
	}
	if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].every(isRecord)) {
		const n = Math.max(a.length, b.length);
		return Array.from({ length: n }, (_, i) => valueChanges(a[i], b[i], [...path, i])).flat();
	}
	return sameValue(a, b) ? [] : [{ path, kind: 'changed', before: a, after: b }];
}
