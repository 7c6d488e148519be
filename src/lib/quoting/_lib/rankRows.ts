import type { ImpactRow } from '../ImpactRow';
import { Dec } from '../../engine';

/** 0 cost up, 1 cost down, 2 unchanged (all allowed under both versions), 3 any other row. */
const groupOf = (r: ImpactRow, change: Dec | null) =>
	!r.before.allowed || !r.after.allowed || change === null
		? 3
		: change.isPositive() && !change.isZero()
			? 0
			: change.isNegative() && !change.isZero()
				? 1
				: 2;

/** Of two equal changes, the larger percent first (increases) or the more negative (decreases). */
function percentOrder(x: ImpactRow, y: ImpactRow, group: number): number {
	const p = new Dec(x.deltaPercent ?? 0).comparedTo(y.deltaPercent ?? 0);
	return group === 0 ? -p : p;
}

/**
 * Rows allowed under both versions with the biggest increase in cost first, then the biggest
 * decrease, then the unchanged, then the rest (blocked under either version); ties by percent change, then
 * in grid order.
 * `inBase` gives a change in the base currency, so that rows in different send currencies compare.
 */
export function rankRows(
	rows: readonly ImpactRow[],
	inBase: (change: Dec, currency: string) => Dec
): ImpactRow[] {
	const keyed = rows.map((row, i) => {
		const change =
			row.deltaCost === null ? null : inBase(new Dec(row.deltaCost), row.request.currency);
		return { row, i, group: groupOf(row, change), change: change ?? new Dec(0) };
	});
	keyed.sort((x, y) => {
		if (x.group !== y.group) return x.group - y.group;
		const by =
			x.group === 0
				? y.change.comparedTo(x.change)
				: x.group === 1
					? x.change.comparedTo(y.change)
					: 0;
		return by || (x.group < 2 ? percentOrder(x.row, y.row, x.group) : 0) || x.i - y.i;
	});
	return keyed.map((k) => k.row);
}
