import type { Condition, MoneyMap, Schedule } from '../engine';
import type { RulesIssue } from '../rates';
import { Dec, minorUnits, weekMinute } from '../engine';
import { isCountry } from './_lib/countries';
import { isTimeZone } from './_lib/isTimeZone';
import { ENGINE_CODES } from './_lib/engineCodes';

type Path = (string | number)[];

const list = <T>(v: T | T[] | undefined): T[] =>
	v === undefined ? [] : Array.isArray(v) ? v : [v];

/**
 * What the schema cannot say about a schedule: base currencies in MoneyMaps, known codes,
 * ascending tiers, min <= max, conditions naming declared keys and regions, unique ids.
 */
export function checkSchedule(s: Schedule, file: string): RulesIssue[] {
	const issues: RulesIssue[] = [];
	const add = (path: Path, code: string, message: string) =>
		issues.push({ file, path, code, message });

	const checkCurrency = (c: string, path: Path) => {
		if (minorUnits(c) === undefined)
			add(path, 'unknown_currency', `${c} is not an ISO 4217 currency`);
	};
	const checkCountry = (c: string, path: Path) => {
		if (!isCountry(c)) add(path, 'unknown_country', `${c} is not an ISO 3166-1 country code`);
	};
	const checkMap = (m: MoneyMap | null | undefined, path: Path) => {
		if (!m) return;
		if (!Object.hasOwn(m, s.baseCurrency))
			add(path, 'missing_base_currency', `must contain baseCurrency ${s.baseCurrency}`);
		for (const c of Object.keys(m)) checkCurrency(c, [...path, c]);
	};
	const checkMinMax = (
		min: MoneyMap | null | undefined,
		max: MoneyMap | null | undefined,
		path: Path
	) => {
		if (!min || !max) return;
		for (const c of Object.keys(min)) {
			if (Object.hasOwn(max, c) && new Dec(min[c]).greaterThan(max[c]))
				add([...path, 'min', c], 'min_above_max', `min ${min[c]} ${c} is above max ${max[c]} ${c}`);
		}
	};

	s.origins.forEach((c, i) => checkCountry(c, ['origins', i]));
	s.currencies.forEach((c, i) => checkCurrency(c, ['currencies', i]));
	checkCurrency(s.baseCurrency, ['baseCurrency']);
	for (const [c, d] of Object.entries(s.destinations)) {
		checkCountry(c, ['destinations', c]);
		d.currencies.forEach((x, i) => checkCurrency(x, ['destinations', c, 'currencies', i]));
	}
	for (const [r, members] of Object.entries(s.regions ?? {}))
		members.forEach((c, i) => checkCountry(c, ['regions', r, i]));

	const declared: Record<string, Set<string>> = {
		type: new Set(Object.keys(s.types)),
		funding: new Set(Object.keys(s.funding)),
		payout: new Set(Object.keys(s.payouts ?? {})),
		profile: new Set(Object.keys(s.profiles ?? {})),
		speed: new Set(Object.keys(s.speeds ?? {})),
		currency: new Set(s.currencies),
		targetCurrency: new Set(Object.values(s.destinations).flatMap((d) => d.currencies)),
		origin: new Set(s.origins),
		destination: new Set(Object.keys(s.destinations))
	};
	const checkWhen = (when: Condition, path: Path) => {
		for (const k of Object.keys(declared) as (keyof typeof declared)[]) {
			for (const v of list(when[k as keyof Condition] as string | string[] | undefined)) {
				if (v.startsWith('@')) {
					if (!Object.hasOwn(s.regions ?? {}, v.slice(1)))
						add([...path, k], 'undeclared_region', `region ${v} is not declared in regions`);
				} else if (!declared[k].has(v)) {
					add([...path, k], 'undeclared_key', `${k} "${v}" is not declared by this schedule`);
				}
			}
		}
		const amounts = list(when.amount);
		amounts.forEach((a, j) => {
			const ap = Array.isArray(when.amount) ? [...path, 'amount', j] : [...path, 'amount'];
			for (const b of ['gte', 'gt', 'lte', 'lt'] as const) checkMap(a[b], [...ap, b]);
		});
		list(when.window).forEach((w, j) => {
			const wp = Array.isArray(when.window) ? [...path, 'window', j] : [...path, 'window'];
			if (!isTimeZone(w.timeZone))
				add(
					[...wp, 'timeZone'],
					'unknown_time_zone',
					`${w.timeZone} is not a time zone this runtime knows`
				);
			if (weekMinute(w.from) >= 0 && weekMinute(w.from) === weekMinute(w.to))
				add([...wp, 'to'], 'empty_window', `equals from ("${w.from}"): the window is empty`);
		});
	};

	const checkIds = (items: { id: string }[] | undefined, name: string) => {
		const seen = new Set<string>();
		(items ?? []).forEach((x, i) => {
			if (seen.has(x.id))
				add([name, i, 'id'], 'duplicate_id', `id "${x.id}" is used twice in ${name}`);
			seen.add(x.id);
		});
	};
	checkIds(s.fees, 'fees');
	checkIds(s.limits, 'limits');
	checkIds(s.notices, 'notices');

	s.fees.forEach((c, i) => {
		const p: Path = ['fees', i];
		checkWhen(c.when, [...p, 'when']);
		checkMap(c.fixed, [...p, 'fixed']);
		checkMap(c.min, [...p, 'min']);
		checkMap(c.max, [...p, 'max']);
		checkMap(c.allowance, [...p, 'allowance']);
		checkMinMax(c.min, c.max, p);
		if (c.tiers) {
			const t = c.tiers;
			checkCurrency(t.currency, [...p, 'tiers', 'currency']);
			let prev: Dec | null = null;
			t.brackets.forEach((b, j) => {
				const bp: Path = [...p, 'tiers', 'brackets', j, 'upTo'];
				const last = j === t.brackets.length - 1;
				if (b.upTo === null) {
					if (!last) add(bp, 'tiers_not_ascending', 'only the last bracket may have upTo null');
					return;
				}
				if (last) add(bp, 'tiers_last_not_open', 'the last bracket must have upTo null');
				const u = new Dec(b.upTo);
				if (u.lessThanOrEqualTo(0) || (prev && u.lessThanOrEqualTo(prev)))
					add(bp, 'tiers_not_ascending', `upTo ${b.upTo} must be above the previous bracket's`);
				prev = u;
			});
		}
	});
	(s.fx ?? []).forEach((f, i) => checkWhen(f.when, ['fx', i, 'when']));
	(s.limits ?? []).forEach((l, i) => {
		checkWhen(l.when, ['limits', i, 'when']);
		checkMap(l.min, ['limits', i, 'min']);
		checkMap(l.max, ['limits', i, 'max']);
		checkMinMax(l.min, l.max, ['limits', i]);
	});
	(s.notices ?? []).forEach((n, i) => checkWhen(n.when, ['notices', i, 'when']));
	(s.delivery ?? []).forEach((d, i) => {
		checkWhen(d.when, ['delivery', i, 'when']);
		if (d.minHours > d.maxHours)
			add(
				['delivery', i, 'minHours'],
				'min_above_max',
				`minHours ${d.minHours} is above maxHours ${d.maxHours}`
			);
	});
	const noticeIds = new Set((s.notices ?? []).map((n) => n.id));
	for (const code of Object.keys(s.help ?? {}))
		if (!noticeIds.has(code) && !ENGINE_CODES.has(code))
			add(
				['help', code],
				'unknown_help_code',
				`"${code}" is neither a notice id of this schedule nor an engine code`
			);
	for (const k of ['payouts', 'profiles', 'speeds'] as const) {
		if (s[k] && Object.keys(s[k]!).length === 0)
			add([k], 'empty', `${k} must declare at least one key, or be left out`);
	}
	return issues;
}
