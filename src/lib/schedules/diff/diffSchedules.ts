import type { Component, Schedule } from '../../engine';
import type { ChangeSection, ScheduleChange } from './ScheduleChange';
import { byId, entriesOf, keyedChanges } from './_lib/keyedChanges';
import { orderedChanges } from './_lib/orderedChanges';
import { setChanges } from './_lib/setChanges';
import { valueChanges, type Delta } from './_lib/valueChanges';

/**
 * Top-level fields compared as values, leaf by leaf (a speed's name, a help text, a support
 * email); `version`, `effectiveFrom` and `$schema` always differ.
 */
const FIELDS = [
	'id',
	'name',
	'sources',
	'baseCurrency',
	'rateSource',
	'conversionRounding',
	'rateMaxAgeHours',
	'usagePeriod',
	'speeds',
	'help',
	'support'
] as const;

function topLevel(a: Schedule, b: Schedule): ScheduleChange[] {
	const deltas: Delta[] = [
		...FIELDS.flatMap((f) => valueChanges(a[f], b[f], [f])),
		...valueChanges(a.rounding ?? 'half-up', b.rounding ?? 'half-up', ['rounding']),
		...setChanges(a.origins, b.origins, ['origins'], true),
		...setChanges(a.currencies, b.currencies, ['currencies'])
	];
	return deltas.map((d) => ({ section: 'schedule', ...d }));
}

/** Types, funding sources, payouts, profiles: keys added or removed, names changed. */
function named(section: ChangeSection, a: Schedule, b: Schedule): ScheduleChange[] {
	const key = section as 'types' | 'funding' | 'payouts' | 'profiles';
	const out = keyedChanges(section, entriesOf(a[key]), entriesOf(b[key]));
	const first = (s: Schedule) => Object.keys(s[key] ?? {})[0];
	const hasDefault = section === 'payouts' || section === 'profiles';
	if (hasDefault && first(a) && first(b) && first(a) !== first(b))
		out.push({ section, path: [0], kind: 'changed', before: first(a), after: first(b) });
	return out;
}

/** The defaults a component's `category` and `payer` have when absent, so writing them is no change. */
const withDefaults = (c: Component) => ({
	...c,
	category: c.category ?? 'fee',
	payer: c.payer ?? 'sender',
	tiers: c.tiers && { ...c.tiers, basis: c.tiers.basis ?? 'transfer' }
});

/**
 * What changed from one version of a schedule to another, component by component: top-level
 * fields, keys and names, destinations and their currencies, regions, fees, limits and notices
 * by id, fx and delivery entries by condition and position. Cosmetic differences are not
 * changes: `null` and absent, `"1.5"` and `"1.50"`, a condition's `"cash"` and `["cash"]`, key
 * order. Pure; identical versions give `[]`.
 *
 * @example
 * diffSchedules(v2026, v2027)
 * // [{ section: 'fees', id: 'international_transfer', path: ['percent'], kind: 'changed',
 * //    before: '1.5', after: '1.75' }, …]
 */
export function diffSchedules(a: Schedule, b: Schedule): ScheduleChange[] {
	return [
		...topLevel(a, b),
		...(['types', 'funding', 'payouts', 'profiles'] as const).flatMap((s) => named(s, a, b)),
		...keyedChanges('destinations', entriesOf(a.destinations), entriesOf(b.destinations), (x, y) =>
			setChanges(x.currencies, y.currencies, ['currencies'], true)
		),
		...keyedChanges('regions', entriesOf(a.regions), entriesOf(b.regions), (x, y) =>
			setChanges(x, y, [])
		),
		...keyedChanges('fees', byId(a.fees), byId(b.fees), (x, y) =>
			valueChanges(withDefaults(x), withDefaults(y))
		),
		...orderedChanges('fx', a.fx, b.fx),
		...keyedChanges('limits', byId(a.limits), byId(b.limits)),
		...keyedChanges('notices', byId(a.notices), byId(b.notices)),
		...orderedChanges('delivery', a.delivery, b.delivery)
	];
}
