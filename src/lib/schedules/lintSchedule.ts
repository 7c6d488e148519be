import type { Condition, Schedule } from '../engine';
import { canonicalJson } from '../engine';

export interface LintFinding {
	file: string;
	path: (string | number)[];
	code: 'unreachable_entry' | 'no_fee_component';
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
		if (k === 'amount') {
			if (canonicalJson(earlier.amount) !== canonicalJson(later.amount)) return false;
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

/**
 * Findings that do not stop a schedule from loading: `fx` and `delivery` entries an earlier entry
 * always matches first, and declared types, funding sources and destinations no fee applies to.
 */
export function lintSchedule(s: Schedule, file: string): LintFinding[] {
	const out: LintFinding[] = [];
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
