import type { ChangeSection, ScheduleChange } from '../ScheduleChange';
import { valueChanges, type Delta } from './valueChanges';

/**
 * Changes between two collections of entries keyed by id (a record, or a list of `{id}`):
 * entries removed, changed (each leaf from `detail`) and added, in the order of the first
 * version, then new ones in the order of the second.
 */
export function keyedChanges<T>(
	section: ChangeSection,
	a: ReadonlyMap<string, T>,
	b: ReadonlyMap<string, T>,
	detail: (x: T, y: T) => Delta[] = valueChanges
): ScheduleChange[] {
	const out: ScheduleChange[] = [];
	for (const [id, x] of a) {
		const y = b.get(id);
		if (y === undefined) out.push({ section, id, path: [], kind: 'removed', before: x });
		else out.push(...detail(x, y).map((d) => ({ section, id, ...d })));
	}
	for (const [id, y] of b)
		if (!a.has(id)) out.push({ section, id, path: [], kind: 'added', after: y });
	return out;
}

/** A record's entries as a map, in key order; absent is empty. */
export const entriesOf = <T>(record: Record<string, T> | undefined): Map<string, T> =>
	new Map(Object.entries(record ?? {}));

/** A list of `{id}` entries as a map by id; absent is empty. */
export const byId = <T extends { id: string }>(list: readonly T[] | undefined): Map<string, T> =>
	new Map((list ?? []).map((e) => [e.id, e]));
