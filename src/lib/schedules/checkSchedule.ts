import type { Schedule } from '../engine';
import type { RulesIssue } from '../rulesfiles';
import { checksFor, type Checks } from './_lib/checks';
import { checkTiers } from './_lib/checkTiers';
import { conditionCheck } from './_lib/conditionCheck';
import { ENGINE_CODES } from './_lib/engineCodes';
import { messages } from './_lib/messages';

/** Countries and currencies the schedule declares are ISO codes. */
function checkCodes(s: Schedule, checks: Checks): void {
	s.origins.forEach((c, i) => checks.country(c, ['origins', i]));
	s.currencies.forEach((c, i) => checks.currency(c, ['currencies', i]));
	checks.currency(s.baseCurrency, ['baseCurrency']);
	for (const [c, d] of Object.entries(s.destinations)) {
		checks.country(c, ['destinations', c]);
		d.currencies.forEach((x, i) => checks.currency(x, ['destinations', c, 'currencies', i]));
	}
	for (const [r, members] of Object.entries(s.regions ?? {}))
		members.forEach((c, i) => checks.country(c, ['regions', r, i]));
}

/** Ids are unique within fees, limits and notices. */
function checkIds(s: Schedule, checks: Checks): void {
	for (const name of ['fees', 'limits', 'notices'] as const) {
		const seen = new Set<string>();
		(s[name] ?? []).forEach((x, i) => {
			if (seen.has(x.id))
				checks.add([name, i, 'id'], 'duplicate_id', messages.duplicateId(x.id, name));
			seen.add(x.id);
		});
	}
}

/** Every entry's condition, MoneyMaps, min and max, tiers and hours. */
function checkEntries(s: Schedule, checks: Checks): void {
	const when = conditionCheck(s, checks);
	s.fees.forEach((c, i) => {
		when(c.when, ['fees', i, 'when']);
		for (const k of ['fixed', 'min', 'max', 'allowance'] as const)
			checks.moneyMap(c[k], ['fees', i, k]);
		checks.minMax(c.min, c.max, ['fees', i]);
		if (c.tiers) checkTiers(c.tiers, ['fees', i, 'tiers'], checks);
	});
	(s.fx ?? []).forEach((f, i) => when(f.when, ['fx', i, 'when']));
	(s.limits ?? []).forEach((l, i) => {
		when(l.when, ['limits', i, 'when']);
		checks.moneyMap(l.min, ['limits', i, 'min']);
		checks.moneyMap(l.max, ['limits', i, 'max']);
		checks.minMax(l.min, l.max, ['limits', i]);
	});
	(s.notices ?? []).forEach((n, i) => when(n.when, ['notices', i, 'when']));
	(s.delivery ?? []).forEach((d, i) => {
		when(d.when, ['delivery', i, 'when']);
		if (d.minHours > d.maxHours)
			checks.add(
				['delivery', i, 'minHours'],
				'min_above_max',
				messages.minHoursAboveMax(d.minHours, d.maxHours)
			);
	});
}

/** `help` names notices or engine codes; optional key lists are not empty. */
function checkDeclarations(s: Schedule, checks: Checks): void {
	const noticeIds = new Set((s.notices ?? []).map((n) => n.id));
	for (const code of Object.keys(s.help ?? {}))
		if (!noticeIds.has(code) && !ENGINE_CODES.has(code))
			checks.add(['help', code], 'unknown_help_code', messages.unknownHelpCode(code));
	for (const k of ['payouts', 'profiles', 'speeds'] as const)
		if (s[k] && Object.keys(s[k]!).length === 0) checks.add([k], 'empty', messages.emptyKeys(k));
}

/**
 * What the schema cannot say about a schedule: base currencies in MoneyMaps, known codes,
 * ascending tiers, min <= max, conditions naming declared keys and regions, unique ids.
 */
export function checkSchedule(s: Schedule, file: string): RulesIssue[] {
	const issues: RulesIssue[] = [];
	const checks = checksFor(s, file, issues);
	checkCodes(s, checks);
	checkIds(s, checks);
	checkEntries(s, checks);
	checkDeclarations(s, checks);
	return issues;
}
