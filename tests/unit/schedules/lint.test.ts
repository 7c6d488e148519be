import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '$lib/engine';
import { formatPath } from '$lib/rulesfiles';
import { assembleRules, lintSchedule, type LintFinding, type RulesFile } from '$lib/schedules';
import { VECTOR_RULES as VECTORS } from '../../_lib/vectors';

const SHIPPED = fileURLToPath(new URL('../../../rules/', import.meta.url));
const BASE_TEXT = readFileSync(join(VECTORS, 'schedules/vector-wallet/2026-01-01.json'), 'utf8');
const FILE = 'rules/schedules/vector-wallet/2026-01-01.json';

const base = () => JSON.parse(BASE_TEXT) as Schedule;
type Condition = Schedule['fees'][number]['when'];

const brief = (findings: LintFinding[]) =>
	findings.map(({ file, code, path }) => ({ file, code, path: formatPath(path) }));

function lintOf(edit: (s: Schedule) => void) {
	const s = base();
	edit(s);
	return brief(lintSchedule(s, FILE));
}

/** Every schedule and rate file under a rules folder, as assembleRules takes them. */
function filesOf(dir: string): RulesFile[] {
	const walk = (d: string): string[] =>
		readdirSync(d).flatMap((name) => {
			const full = join(d, name);
			return statSync(full).isDirectory() ? walk(full) : [full];
		});
	return ['schedules', 'rates'].flatMap((sub) =>
		walk(join(dir, sub))
			.filter((f) => f.endsWith('.json'))
			.map((f) => ({ path: relative(dir, f).split(sep).join('/'), bytes: readFileSync(f) }))
	);
}

const fx = (when: Condition, marginPercent = '1') => ({ when, marginPercent });
const delivery = (when: Condition) => ({ when, minHours: 1, maxHours: 2 });
const unreachable = (path: string) => ({ file: FILE, code: 'unreachable_entry', path });

describe('lintSchedule', () => {
	it('finds nothing in the vector schedule', () => {
		expect(lintOf(() => {})).toEqual([]);
	});

	it.each([
		['an fx entry after {}', (s: Schedule) => s.fx!.push(fx({ destination: 'US' })), 'fx[3]'],
		[
			'an fx entry for a country after its region',
			(s: Schedule) => s.fx!.splice(2, 0, fx({ destination: 'JP', funding: 'balance' })),
			'fx[2]'
		],
		[
			'an fx entry for a subset of an earlier list',
			(s: Schedule) =>
				s.fx!.unshift(
					fx({ targetCurrency: ['GBP', 'EUR'] }),
					fx({ targetCurrency: 'EUR', type: 'transfer' })
				),
			'fx[1]'
		],
		[
			'a delivery entry covered by an earlier broader one',
			(s: Schedule) =>
				s.delivery!.splice(1, 0, delivery({ scope: 'domestic', payout: 'cash_pickup' })),
			'delivery[1]'
		],
		[
			'a delivery entry after {}',
			(s: Schedule) => s.delivery!.push(delivery({ payout: 'wallet' })),
			'delivery[3]'
		],
		[
			'a delivery entry repeating an earlier one',
			(s: Schedule) => s.delivery!.splice(2, 0, delivery({ payout: 'cash_pickup' })),
			'delivery[2]'
		]
	])('reports %s as unreachable_entry', (_, edit, path) => {
		expect(lintOf(edit)).toEqual([unreachable(path)]);
	});

	it.each([
		[
			'a broader fx entry after a narrower one',
			(s: Schedule) => s.fx!.unshift(fx({ destination: 'JP', funding: 'balance' }))
		],
		[
			'an fx entry for a region after one of its countries',
			(s: Schedule) => s.fx!.unshift(fx({ destination: 'JP' }))
		],
		[
			'a delivery entry with a wider list after a narrower one',
			(s: Schedule) => s.delivery!.unshift(delivery({ payout: 'wallet' }))
		],
		[
			'entries that differ only in amount',
			(s: Schedule) =>
				s.fx!.unshift(
					fx({ destination: 'US', amount: { gte: { CNY: '1000' } } }),
					fx({ destination: 'US', amount: { lt: { CNY: '1000' } } })
				)
		]
	])('does not report %s', (_, edit) => {
		expect(lintOf(edit)).toEqual([]);
	});

	it('reports a declared funding key no fee component can match as no_fee_component', () => {
		const findings = lintOf((s) => {
			s.funding.cash = { name: { en: 'Cash' } };
			for (const c of s.fees) c.when.funding ??= ['balance', 'bank_card', 'credit_card'];
		});
		expect(findings).toEqual([{ file: FILE, code: 'no_fee_component', path: 'funding.cash' }]);
	});

	it('reports each declared type, funding key and destination no fee can match', () => {
		const findings = lintOf((s) => {
			s.fees = [
				{ ...s.fees[0], when: { type: 'transfer', funding: 'balance', destination: '@ASIA' } }
			];
		});
		expect(findings.map((f) => f.path).sort()).toEqual(
			[
				'types.withdrawal',
				'types.top_up',
				'funding.bank_card',
				'funding.credit_card',
				'destinations.CN',
				'destinations.US',
				'destinations.GB',
				'destinations.DE'
			].sort()
		);
		expect(new Set(findings.map((f) => f.code))).toEqual(new Set(['no_fee_component']));
	});

	it('does not mutate the schedule', () => {
		const s = base();
		s.fx!.push(fx({}));
		const copy = structuredClone(s);
		lintSchedule(s, FILE);
		expect(s).toEqual(copy);
	});
});

describe('assembleRules lint', () => {
	it.each([
		['the shipped rules folder', SHIPPED],
		['the vectors rules folder', VECTORS]
	])('loads %s without errors', (_, dir) => {
		const result = assembleRules(filesOf(dir), 'rules/');
		expect(
			result.ok ? [] : result.errors.map(({ file, code, path }) => ({ file, code, path }))
		).toEqual([]);
	});

	it('reports lint findings without failing the folder', () => {
		const s = base();
		s.fx!.push(fx({ destination: 'US' }));
		const files = filesOf(VECTORS).map((f) =>
			f.path === 'schedules/vector-wallet/2026-01-01.json'
				? { ...f, bytes: new TextEncoder().encode(JSON.stringify(s)) }
				: f
		);
		const result = assembleRules(files, 'rules/');
		expect(result.ok && brief(result.rules.lint)).toEqual([unreachable('fx[3]')]);
	});
});
