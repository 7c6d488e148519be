import type { CostDistribution, ImpactBin, ImpactRow } from '../ImpactRow';
import { Dec } from '../../engine';

/** Bins on each side of zero, from the positive edges: (0, e1], (e1, e2], …, (ek, ∞). */
function sideBins(edges: readonly string[]): { up: ImpactBin[]; down: ImpactBin[] } {
	const lows = ['0', ...edges];
	const up = lows.map((from, i) => ({ from, to: edges[i] ?? null, count: 0 }));
	const neg = (x: string) => (x === '0' ? '0' : `-${x}`);
	const down = lows.map((to, i) => ({
		from: edges[i] === undefined ? null : neg(edges[i]),
		to: neg(to),
		count: 0
	}));
	return { up, down };
}

/**
 * Bins the exact change in cost total, as a percent of the old one, of the rows allowed under
 * both versions, mirrored around zero on the ascending positive `edges`. With edges 1, 2: below
 * −2, [−2, −1), [−1, 0), 0, (0, 1], (1, 2], above 2: a change goes in the bin of its magnitude.
 *
 * @example
 * costDistribution(rows, ['1', '2']).bins.map((b) => b.count) // [0, 0, 3, 10, 4, 1, 0]
 */
export function costDistribution(
	rows: readonly ImpactRow[],
	edges: readonly string[]
): CostDistribution {
	const limits = edges.map((x) => new Dec(x));
	const { up, down } = sideBins(edges);
	const zero = { from: '0', to: '0', count: 0 };
	let fromZero = 0;
	for (const r of rows) {
		if (!r.before.allowed || !r.after.allowed) continue;
		const before = new Dec(r.before.costTotal!);
		const change = new Dec(r.after.costTotal!).minus(before);
		if (change.isZero()) zero.count++;
		else if (before.isZero()) fromZero++;
		else {
			const size = change.dividedBy(before).times(100).abs();
			const i = limits.filter((x) => x.lessThan(size)).length;
			(change.isPositive() ? up : down)[i].count++;
		}
	}
	return { bins: [...down.reverse(), zero, ...up], fromZero };
}
