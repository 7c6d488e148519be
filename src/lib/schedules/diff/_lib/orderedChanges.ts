import type { Condition } from '../../../engine';
import type { ChangeSection, ScheduleChange } from '../ScheduleChange';
import { valueChanges } from './valueChanges';

type Entry = { when: Condition };

const sameWhen = (x: Entry, y: Entry) => valueChanges(x.when, y.when, ['when']).length === 0;

/** Pairs entries with an equal `when` (in order), then left-over entries at the same position. */
function pairs(a: readonly Entry[], b: readonly Entry[]): [number, number][] {
	const taken = new Set<number>();
	const pairOf = new Map<number, number>();
	a.forEach((x, i) => {
		const j = b.findIndex((y, k) => !taken.has(k) && sameWhen(x, y));
		if (j < 0) return;
		taken.add(j);
		pairOf.set(i, j);
	});
	a.forEach((_, i) => {
		if (pairOf.has(i) || i >= b.length || taken.has(i)) return;
		taken.add(i);
		pairOf.set(i, i);
	});
	return [...pairOf].sort((p, q) => p[0] - q[0]);
}

/** Positions (in `js`) of a longest increasing subsequence: the pairs that kept their order. */
function keptOrder(js: number[]): Set<number> {
	const len = js.map(() => 1);
	const prev = js.map(() => -1);
	js.forEach((j, i) => {
		for (let k = 0; k < i; k++)
			if (js[k] < j && len[k] + 1 > len[i]) {
				len[i] = len[k] + 1;
				prev[i] = k;
			}
	});
	const kept = new Set<number>();
	let i = len.indexOf(Math.max(0, ...len));
	for (; i >= 0; i = prev[i]) kept.add(i);
	return kept;
}

/**
 * Changes between two first-match lists (fx, delivery): entries paired by equal `when`, else by
 * position; each pair's changed fields, entries that moved out of order (path `[]`, `before`
 * and `after` their positions), and entries added or removed.
 */
export function orderedChanges<T extends Entry>(
	section: ChangeSection,
	a: readonly T[] | undefined,
	b: readonly T[] | undefined
): ScheduleChange[] {
	const x = a ?? [];
	const y = b ?? [];
	const paired = pairs(x, y);
	const kept = keptOrder(paired.map(([, j]) => j));
	const out: ScheduleChange[] = [];
	paired.forEach(([i, j], n) => {
		const at = { section, index: { before: i, after: j }, when: y[j].when };
		if (!kept.has(n)) out.push({ ...at, path: [], kind: 'changed', before: i, after: j });
		out.push(...valueChanges(x[i], y[j]).map((d) => ({ ...at, ...d })));
	});
	const fromA = new Set(paired.map(([i]) => i));
	const fromB = new Set(paired.map(([, j]) => j));
	x.forEach((e, i) => {
		if (!fromA.has(i))
			out.push({
				section,
				index: { before: i },
				when: e.when,
				path: [],
				kind: 'removed',
				before: e
			});
	});
	y.forEach((e, j) => {
		if (!fromB.has(j))
			out.push({ section, index: { after: j }, when: e.when, path: [], kind: 'added', after: e });
	});
	return out;
}
