import { Dec } from '../engine';

const NOT_A_RANGE = (from: string, to: string, count: number) =>
	`logAmounts needs 0 < from < to and a whole count of at least 2 (got ${from}, ${to}, ${count})`;

/**
 * `count` amounts spaced evenly on a logarithmic scale from `from` to `to` (both included),
 * rounded half-up to `places` decimals (the currency's minor-unit grid), ascending; an amount that
 * rounds to the one before it is left out, and none is below one minor unit.
 *
 * @example
 * logAmounts({ from: '10', to: '10000', count: 4, places: 2 }) // ['10.00', '100.00', '1000.00', '10000.00']
 */
export function logAmounts(range: {
	from: string;
	to: string;
	count: number;
	places: number;
}): string[] {
	const { from, to, count, places } = range;
	const a = new Dec(from);
	const b = new Dec(to);
	if (!a.greaterThan(0) || !b.greaterThan(a) || !Number.isInteger(count) || count < 2)
		throw new RangeError(NOT_A_RANGE(from, to, count));
	const unit = new Dec(10).pow(-places);
	const ratio = b.dividedBy(a);
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		const exact =
			i === 0 ? a : i === count - 1 ? b : a.times(ratio.pow(new Dec(i).dividedBy(count - 1)));
		const amount = Dec.max(unit, exact.toDecimalPlaces(places, Dec.ROUND_HALF_UP)).toFixed(places);
		if (out.at(-1) !== amount) out.push(amount);
	}
	return out;
}
