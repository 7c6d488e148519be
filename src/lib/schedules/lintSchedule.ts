import type { AmountCondition, Condition, CountCondition, Schedule } from '../engine';
import { canonicalJson, Dec } from '../engine';

export interface LintFinding {
	file: string;
	path: (string | number)[];
	code:
		| 'unreachable_entry'
		| 'no_fee_component'
		| 'never_matches'
		| 'allowance_without_charge'
		| 'usage_without_period'
		| 'speed_unused';
	message: string;
}

const list = (v: unknown): string[] =>
	v === undefined ? [] : Array.isArray(v) ? v : [v as string];

function places(s: Schedule, values: string[]): Set<string> {
	return new Set(
		values.flatMap((v) => (v.startsWith('@') ? (s.regions?.[v.slice(1)] ?? []) : [v]))
	);
}

/** Whether every request `later` matches is also matched by `earlier`. */
function covers(s: Schedule, earlier: Condition, later: Condition): boolean {
	for (const k of Object.keys(earlier) as (keyof Condition)[]) {
		if (k === 'amount' || k === 'transfersThisPeriod' || k === 'window') {
			if (canonicalJson(earlier[k]) !== canonicalJson(later[k])) return false;
			continue;
		}
		if (later[k] === undefined) return false;
		const geo = k === 'origin' || k === 'destination';
		const wide = geo ? places(s, list(earlier[k])) : new Set(list(earlier[k]));
		const narrow = geo ? places(s, list(later[k])) : new Set(list(later[k]));
		for (const v of narrow) if (!wide.has(v)) return false;
	}
	return true;
}

function matchesValue(
	s: Schedule,
	when: Condition,
	key: 'type' | 'funding' | 'destination',
	value: string
) {
	const want = when[key];
	if (want === undefined) return true;
	return key === 'destination' ? places(s, list(want)).has(value) : list(want).includes(value);
}

/** Whether no integer count meets the bounds (`{"lt": 0}`, `{"gt": 3, "lt": 4}`). */
function emptyCount(c: CountCondition): boolean {
	const lo = Math.max(c.gte ?? 0, c.gt === undefined ? 0 : c.gt + 1);
	const hi = Math.min(c.lte ?? Infinity, c.lt === undefined ? Infinity : c.lt - 1);
	return lo > hi;
}

/** Whether no amount meets the bounds, read in the base currency (`gte` above `lte` and so on). */
function emptyAmount(s: Schedule, a: AmountCondition): boolean {
	const b = s.baseCurrency;
	const read = (m: AmountCondition['gte']) => (m && m[b] !== undefined ? new Dec(m[b]) : null);
	const [gte, gt, lte, lt] = [read(a.gte), read(a.gt), read(a.lte), read(a.lt)];
	for (const low of [gte, gt])
		for (const high of [lte, lt]) {
			if (!low || !high) continue;
			const strict = low === gt || high === lt;
			if (strict ? low.greaterThanOrEqualTo(high) : low.greaterThan(high)) return true;
		}
	return false;
}

/** Windows too short to ever hold a whole minute are impossible (validation); this finds the rest. */
function neverMatches(s: Schedule, when: Condition): string | null {
	const counts = [when.transfersThisPeriod ?? []].flat();
	if (counts.length > 0 && counts.every(emptyCount))
		return 'no transfer count meets transfersThisPeriod';
	const amounts = [when.amount ?? []].flat();
	if (amounts.length > 0 && amounts.every((a) => emptyAmount(s, a)))
		return 'no amount meets its amount bounds';
	for (const k of ['speed', 'payout', 'profile'] as const) {
		const declared = k === 'speed' ? s.speeds : k === 'payout' ? s.payouts : s.profiles;
		if (when[k] !== undefined && declared === undefined) return `the schedule declares no ${k}s`;
	}
	return null;
}

/** Every entry with a condition, with its path. */
function entries(s: Schedule): [(string | number)[], Condition][] {
	const out: [(string | number)[], Condition][] = [];
	for (const field of ['fees', 'fx', 'limits', 'notices', 'delivery'] as const)
		((s[field] ?? []) as { when: Condition }[]).forEach((e, i) =>
			out.push([[field, i, 'when'], e.when])
		);
	return out;
}

/** Usage-dependent pricing (allowances, period tiers, transfer counts) in a schedule. */
function usesUsage(s: Schedule): boolean {
	return (
		s.fees.some((c) => c.allowance || c.tiers?.basis === 'period') ||
		entries(s).some(([, w]) => w.transfersThisPeriod !== undefined)
	);
}

/**
 * Findings that do not stop a schedule from loading: `fx` and `delivery` entries an earlier entry
 * always matches first; declared types, funding sources and destinations no fee applies to;
 * conditions nothing can meet (a window aside: every valid window holds some minute of the week);
 * an allowance on a component that charges nothing it could waive (no percent, tiers or fixed
 * part); usage-dependent prices without a `usagePeriod` to name the period; declared speeds that
 * no entry distinguishes.
 */
export function lintSchedule(s: Schedule, file: string): LintFinding[] {
	const out: LintFinding[] = [];
	for (const [path, when] of entries(s)) {
		const why = neverMatches(s, when);
		if (why)
			out.push({
				file,
				path: path.slice(0, 2),
				code: 'never_matches',
				message: `never applies: ${why}`
			});
	}
	s.fees.forEach((c, i) => {
		if (c.allowance && !c.percent && !c.tiers && !c.fixed)
			out.push({
				file,
				path: ['fees', i, 'allowance'],
				code: 'allowance_without_charge',
				message: 'has no percent, tiers or fixed part for the allowance to waive'
			});
	});
	if (!s.usagePeriod && usesUsage(s))
		out.push({
			file,
			path: ['usagePeriod'],
			code: 'usage_without_period',
			message:
				'prices depend on usage (allowances, period tiers, transfer counts) but no usagePeriod says what the period is'
		});
	if (
		s.speeds &&
		Object.keys(s.speeds).length > 1 &&
		!entries(s).some(([, w]) => w.speed !== undefined)
	)
		out.push({
			file,
			path: ['speeds'],
			code: 'speed_unused',
			message: 'no fee, fx, limit, notice or delivery entry depends on the speed'
		});
	for (const field of ['fx', 'delivery'] as const) {
		const entries: { when: Condition }[] = s[field] ?? [];
		entries.forEach((e, i) => {
			const j = entries.findIndex((x, k) => k < i && covers(s, x.when, e.when));
			if (j >= 0)
				out.push({
					file,
					path: [field, i],
					code: 'unreachable_entry',
					message: `never applies: ${field}[${j}] always matches first`
				});
		});
	}
	const keys = {
		type: Object.keys(s.types),
		funding: Object.keys(s.funding),
		destination: Object.keys(s.destinations)
	};
	const plural = { type: 'types', funding: 'funding', destination: 'destinations' } as const;
	for (const k of ['type', 'funding', 'destination'] as const) {
		for (const v of keys[k]) {
			if (!s.fees.some((c) => matchesValue(s, c.when, k, v)))
				out.push({
					file,
					path: [plural[k], v],
					code: 'no_fee_component',
					message: `no fee component ever matches ${k} "${v}"`
				});
		}
	}
	return out;
}
