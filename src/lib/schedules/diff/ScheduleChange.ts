import type { Condition } from '../../engine';

/** The part of a schedule file a change is in. */
export type ChangeSection =
	| 'schedule'
	| 'types'
	| 'funding'
	| 'payouts'
	| 'profiles'
	| 'destinations'
	| 'regions'
	| 'fees'
	| 'fx'
	| 'limits'
	| 'notices'
	| 'delivery';

export type ChangeKind = 'added' | 'removed' | 'changed';

/**
 * One difference between two versions of a schedule, as data for any language to word.
 *
 * - `id` names the entry: a fee, limit or notice id; a type, funding, payout or profile key; a
 *   destination country; a region name. Absent for top-level fields and for fx and delivery
 *   entries, which have no ids: those carry `index` (their positions) and `when` instead.
 * - `path` is relative to the entry (to the file for section `schedule`): `['percent']`,
 *   `['max', 'USD']`, `['when', 'funding']`, `['tiers', 'brackets', 1, 'fixed']`. `[]` is the
 *   entry itself: added, removed, or (fx and delivery) moved, with `before` and `after` its
 *   positions.
 * - Lists read as sets (origins, currencies, a destination's currencies, a region's countries)
 *   name the item at the end of the path, `['currencies', 'SEK']`, with the item as `after`
 *   (added) or `before` (removed). Where the first item is the default (origins, a destination's
 *   currencies) a new default is a change at position 0: `['origins', 0]`. For payouts and
 *   profiles it is `[0]` with no `id`.
 */
export interface ScheduleChange {
	section: ChangeSection;
	id?: string;
	index?: { before?: number; after?: number };
	when?: Condition;
	path: (string | number)[];
	kind: ChangeKind;
	before?: unknown;
	after?: unknown;
}
