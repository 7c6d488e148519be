import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEcbFeed, parseEcbXml } from '$lib/rates';
import { ecbDays, ecbXml } from '../../_lib/ecbFeed';
import { ECB_FEED } from '../../_lib/vectors';

const codeOf = (xml: string) => {
	const r = parseEcbFeed(xml);
	return r.ok ? 'ok' : r.error.code;
};

describe('parseEcbFeed', () => {
	it('reads the real daily file as the one snapshot parseEcbXml makes', () => {
		const xml = readFileSync(ECB_FEED, 'utf8');
		const daily = parseEcbXml(xml);
		expect(parseEcbFeed(xml)).toEqual({ ok: true, snapshots: [daily.ok && daily.snapshot] });
	});

	it('reads a history file as one snapshot per day, oldest first', () => {
		const days = ecbDays('2026-03-13', 5);
		const r = parseEcbFeed(ecbXml(days));
		expect(r.ok && r.snapshots.map((s) => s.asOf)).toEqual(
			days.map(([d]) => `${d}T16:00:00+01:00`).reverse()
		);
		expect(r.ok && r.snapshots[0].rates).toEqual(Object.fromEntries(days[4][1]));
	});

	it.each([
		['garbage', 'garbage', 'not_ecb_xml'],
		['a truncated file', ecbXml(ecbDays('2026-03-13', 3)).slice(0, 600), 'truncated'],
		['an empty day', ecbXml([...ecbDays('2026-03-13', 2), ['2026-03-01', []]]), 'empty_day'],
		[
			'a day twice',
			ecbXml([...ecbDays('2026-03-13', 1), ...ecbDays('2026-03-13', 1)]),
			'duplicate_day'
		],
		['a bad date', ecbXml([['2026-02-30', [['USD', '1.1']]]]), 'invalid_date'],
		[
			'a bad rate on one day',
			ecbXml([...ecbDays('2026-03-13', 2), ['2026-03-02', [['USD', '-1']]]]),
			'invalid_rate'
		]
	])('refuses %s as a whole', (_, xml, code) => {
		expect(codeOf(xml)).toBe(code);
	});

	it('names the day of a bad rate', () => {
		const r = parseEcbFeed(ecbXml([['2026-03-02', [['USD', 'x']]]]));
		expect(r.ok || r.error.message).toMatch(/^2026-03-02: /);
	});

	it('does not mutate its input', () => {
		const xml = ecbXml(ecbDays('2026-03-13', 2));
		const copy = `${xml}`;
		parseEcbFeed(xml);
		expect(xml).toBe(copy);
	});
});
