import type { ImpactRequest, ImpactRow, ImpactSide } from '../ImpactRow';
import { Dec, minorUnits } from '../../engine';

/** A request's row: both sides and the change in cost total between them. */
export function impactRow(
	request: ImpactRequest,
	before: ImpactSide,
	after: ImpactSide
): ImpactRow {
	if (before.costTotal === null || after.costTotal === null)
		return { request, before, after, deltaCost: null, deltaPercent: null };
	const old = new Dec(before.costTotal);
	const change = new Dec(after.costTotal).minus(old);
	const percent = old.isZero()
		? change.isZero()
			? new Dec(0)
			: null
		: change.dividedBy(old).times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
	// `abs()` of zero: a change of −0.001 % is written 0.00, not −0.00.
	const text = (x: Dec, places: number) => (x.isZero() ? x.abs() : x).toFixed(places);
	return {
		request,
		before,
		after,
		deltaCost: text(change, minorUnits(request.currency) ?? 0),
		deltaPercent: percent === null ? null : text(percent, 2)
	};
}
