import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '$lib/engine';
import { formatPath } from '$lib/rulesfiles';
import { lintSchedule, parseSchedule } from '$lib/schedules';
import { USAGE_VECTORS } from '../../_lib/vectors';

const TEXT = readFileSync(
	join(USAGE_VECTORS, 'rules/schedules/vector-usage/2026-03-01.json'),
	'utf8'
);
const FILE = 'rules/schedules/vector-usage/2026-03-01.json';
type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function issuesOf(edit: (d: Doc) => void) {
	const doc = JSON.parse(TEXT) as Doc;
	edit(doc);
	const out = parseSchedule(JSON.stringify(doc), FILE);
	return out.ok
		? []
		: out.errors.map((e) => ({ file: e.file, code: e.code, path: formatPath(e.path) }));
}

function lintOf(edit: (d: Doc) => void) {
	const doc = JSON.parse(TEXT) as Doc;
	edit(doc);
	return lintSchedule(doc as Schedule, FILE).map((f) => ({
		code: f.code,
		path: formatPath(f.path)
	}));
}

describe('parseSchedule with usage, speeds, windows, help and support', () => {
	it('accepts the usage vector schedule', () => {
		expect(issuesOf(() => {})).toEqual([]);
	});

	it.each([
		[
			'an unknown time zone',
			(d: Doc) => (d.fx[1].when.window.timeZone = 'Mars/Olympus'),
			'unknown_time_zone',
			'fx[1].when.window.timeZone'
		],
		[
			'from equal to to',
			(d: Doc) => (d.fx[1].when.window.to = 'fri 17:00'),
			'empty_window',
			'fx[1].when.window.to'
		],
		[
			'a malformed from',
			(d: Doc) => (d.fx[1].when.window.from = 'friday 17:00'),
			'invalid_format',
			'fx[1].when.window.from'
		],
		[
			'an hour of 24',
			(d: Doc) => (d.fx[1].when.window.to = 'sun 24:00'),
			'invalid_format',
			'fx[1].when.window.to'
		],
		[
			'a help code that names nothing',
			(d: Doc) => (d.help.no_such_notice = { text: { en: 'x' } }),
			'unknown_help_code',
			'help.no_such_notice'
		],
		[
			'an undeclared speed',
			(d: Doc) => (d.fees[1].when.speed = 'overnight'),
			'undeclared_key',
			'fees[1].when.speed'
		],
		[
			'a negative transfer count',
			(d: Doc) => (d.fx[0].when.transfersThisPeriod.lt = -1),
			'too_small',
			'fx[0].when.transfersThisPeriod.lt'
		],
		[
			'a transfer count as a string',
			(d: Doc) => (d.fx[0].when.transfersThisPeriod.lt = '1'),
			'invalid_type',
			'fx[0].when.transfersThisPeriod.lt'
		],
		[
			'an allowance without the base currency',
			(d: Doc) => (d.fees[0].allowance = { EUR: '900.00' }),
			'missing_base_currency',
			'fees[0].allowance'
		],
		[
			'an unknown tiers basis',
			(d: Doc) => (d.fees[2].tiers.basis = 'month'),
			'invalid_value',
			'fees[2].tiers.basis'
		],
		[
			'an unknown usage period',
			(d: Doc) => (d.usagePeriod = 'week'),
			'invalid_value',
			'usagePeriod'
		],
		[
			'a fractional rateMaxAgeHours',
			(d: Doc) => (d.rateMaxAgeHours = 1.5),
			'invalid_type',
			'rateMaxAgeHours'
		],
		['an unknown support key', (d: Doc) => (d.support.fax = '1'), 'unknown_key', 'support.fax']
	])('rejects %s, naming the file and path', (_name, edit, code, path) => {
		const issues = issuesOf(edit);
		expect(issues).toContainEqual(expect.objectContaining({ file: FILE, path }));
		expect(issues.map((i) => i.code)).toContain(code);
	});

	it('accepts a help entry for an engine code and a list of windows', () => {
		expect(
			issuesOf((d) => {
				d.help.no_rate = { text: { en: 'Try later.' } };
				d.fx[1].when.window = [
					d.fx[1].when.window,
					{ timeZone: 'UTC', from: 'sat 00:00', to: 'mon 00:00' }
				];
			})
		).toEqual([]);
	});
});

describe('lintSchedule with usage', () => {
	it('finds nothing in the usage vector schedule', () => {
		expect(lintOf(() => {})).toEqual([]);
	});

	it('finds an allowance on a component with nothing to waive', () => {
		expect(
			lintOf(
				(d) =>
					(d.fees[1] = {
						...d.fees[1],
						fixed: null,
						min: { USD: '1.00' },
						allowance: { USD: '5.00' }
					})
			)
		).toContainEqual({
			code: 'allowance_without_charge',
			path: 'fees[1].allowance'
		});
	});

	it('finds a condition no transfer count meets', () => {
		expect(
			lintOf((d) => (d.notices[0].when.transfersThisPeriod = { gt: 3, lt: 4 }))
		).toContainEqual({
			code: 'never_matches',
			path: 'notices[0]'
		});
	});

	it('finds usage-dependent prices without a usage period', () => {
		expect(lintOf((d) => delete d.usagePeriod)).toContainEqual({
			code: 'usage_without_period',
			path: 'usagePeriod'
		});
	});

	it('finds a delivery entry an earlier entry with the same window always shadows', () => {
		expect(
			lintOf((d) => d.delivery.splice(3, 0, { ...d.delivery[2], minHours: 1, maxHours: 2 }))
		).toContainEqual({ code: 'unreachable_entry', path: 'delivery[3]' });
	});
});

describe('diffSchedules with usage fields', () => {
	it('lists changes to rateMaxAgeHours, usagePeriod, speeds, help, support and allowances', async () => {
		const { diffSchedules } = await import('$lib/schedules');
		const a = JSON.parse(TEXT) as Doc;
		const b = JSON.parse(TEXT) as Doc;
		b.rateMaxAgeHours = 96;
		b.usagePeriod = 'rolling-30-days';
		b.speeds.express.name.en = 'Express (1 hour)';
		b.help.rate_stale.url = 'https://example.com/rates';
		b.support.email = 'help@example.com';
		b.fees[0].allowance = { USD: '2000.00' };
		b.fees[2].tiers.basis = 'period';
		const changes = diffSchedules(a as Schedule, b as Schedule).map((c) => [
			c.section,
			c.id ?? '',
			formatPath(c.path)
		]);
		expect(changes).toEqual(
			expect.arrayContaining([
				['schedule', '', 'rateMaxAgeHours'],
				['schedule', '', 'usagePeriod'],
				['schedule', '', 'speeds.express.name.en'],
				['schedule', '', 'help.rate_stale.url'],
				['schedule', '', 'support.email'],
				['fees', 'intl', 'allowance.USD']
			])
		);
		expect(changes.filter(([s, id]) => s === 'fees' && id === 'card')).toEqual([]);
	});
});
