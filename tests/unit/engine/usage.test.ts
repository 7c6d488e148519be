import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE_VECTORS } from '../../_lib/vectors';
import { inWindow, weekMinute } from '$lib/engine';
import { quote } from '$lib/quoting';
import { loadRules } from '$lib/server';

const rules = loadRules(join(USAGE_VECTORS, 'rules'));
const BASE = {
	schedule: 'vector-usage',
	at: '2026-03-16T12:00:00Z',
	type: 'transfer',
	funding: 'bank_account',
	destination: 'MX',
	currency: 'USD',
	mode: 'send',
	amount: '500.00'
};
const q = (extra: Record<string, unknown> = {}) => {
	const out = quote(rules, { ...BASE, ...extra }, { now: Date.parse('2026-03-16T12:00:00Z') });
	if (!out.ok) throw new Error(JSON.stringify(out.issues));
	return out.quote;
};
const WEEKEND = { timeZone: 'America/New_York', from: 'fri 17:00', to: 'sun 18:00' };

describe('weekly windows', () => {
	it.each([
		['fri 17:00', 4 * 1440 + 17 * 60],
		['mon 00:00', 0],
		['sun 23:59', 7 * 1440 - 1],
		['fri 24:00', -1],
		['Fri 17:00', -1]
	])('reads %s as minute %i of the week', (text, minute) => {
		expect(weekMinute(text)).toBe(minute);
	});

	it.each([
		['2026-03-13T20:59:59Z', false], // Fri 16:59:59 EDT
		['2026-03-13T21:00:00Z', true], // Fri 17:00 EDT
		['2026-03-15T21:59:59Z', true], // Sun 17:59:59 EDT
		['2026-03-15T22:00:00Z', false], // Sun 18:00 EDT
		['2026-10-30T21:00:00Z', true], // Fri 17:00 EDT, before the clocks go back
		['2026-11-01T22:30:00Z', true], // Sun 17:30 EST, after
		['2026-11-01T23:00:00Z', false] // Sun 18:00 EST
	])('holds in New York time at %s: %s', (at, holds) => {
		expect(inWindow(WEEKEND, Date.parse(at))).toBe(holds);
	});

	it('wraps past Sunday midnight', () => {
		const w = { timeZone: 'Asia/Manila', from: 'sat 00:00', to: 'mon 06:00' };
		expect(inWindow(w, Date.parse('2026-03-15T21:59:00Z'))).toBe(true); // Mon 05:59 Manila
		expect(inWindow(w, Date.parse('2026-03-15T22:00:00Z'))).toBe(false); // Mon 06:00
		expect(inWindow(w, Date.parse('2026-03-13T16:00:00Z'))).toBe(true); // Sat 00:00
		expect(inWindow(w, Date.parse('2026-03-13T15:59:59Z'))).toBe(false);
	});
});

describe('quotes with usage', () => {
	it('explains an allowance on its line, and null on the others', () => {
		const r = q({ sentThisPeriod: '800.00', funding: 'debit_card' });
		const intl = r.senderLines.find((l) => l.id === 'intl')!;
		expect(intl.explain.allowance).toEqual({ covered: '200.00', remaining: '200.00' });
		expect(intl.explain.base).toBe('300.00');
		const card = r.senderLines.find((l) => l.id === 'card')!;
		expect(card.explain.allowance).toBeNull();
		expect(card.explain.tier).toEqual({ basis: 'period', index: 0, mode: 'volume' });
	});

	it('charges nothing, not even the minimum, on a fully covered transfer', () => {
		const intl = q({ amount: '100.00' }).senderLines[0];
		expect(intl.amount).toBe('0.00');
		expect(intl.explain).toMatchObject({ fixed: null, clamp: null, raw: '0.00', base: '0.00' });
	});

	it('echoes speed and usage when the schedule declares speeds and a usage period', () => {
		const r = q();
		expect(r.request).toMatchObject({
			speed: 'economy',
			sentThisPeriod: '0',
			transfersThisPeriod: 0
		});
		expect(Object.keys(r.request)).toEqual([...Object.keys(r.request)].sort());
	});

	it('blocks an unknown speed and carries the schedule help in the request locale', () => {
		const r = q({ speed: 'overnight', locale: 'zh-CN' });
		expect(r.allowed).toBe(false);
		const n = r.notices.find((x) => x.code === 'unsupported_speed')!;
		expect(n.help).toEqual({ text: '请选择经济或加急。' });
		expect(Object.keys(n)).toEqual(['code', 'help', 'message', 'severity']);
	});

	it('warns rate_stale only past rateMaxAgeHours, with help and url', () => {
		expect(q({ at: '2026-03-16T15:00:00Z' }).notices).toEqual([]);
		const [n] = q({ at: '2026-03-16T15:00:01Z' }).notices;
		expect(n).toMatchObject({
			code: 'rate_stale',
			severity: 'warn',
			help: { url: 'https://example.com/help/rates' }
		});
	});

	it('needs no rate for a domestic quote with usage', () => {
		const r = q({ destination: 'US', sentThisPeriod: '10.00', at: '2027-01-01T00:00:00Z' });
		expect(r.allowed).toBe(true);
		expect(r.notices.map((n) => n.code)).toEqual([]);
	});

	it('prices the first transfer of the period by its count', () => {
		const first = q({ destination: 'GB', transfersThisPeriod: 0 });
		const second = q({ destination: 'GB', transfersThisPeriod: 1 });
		expect(first.exchangeRate!.marginPercent).toBe('0');
		expect(second.exchangeRate!.marginPercent).toBe('1');
	});
});

describe('quote request usage fields', () => {
	const issue = (extra: Record<string, unknown>) => {
		const out = quote(rules, { ...BASE, ...extra }, { now: Date.now() });
		return out.ok ? null : out.issues.map((i) => [i.path.join('.'), i.code]);
	};
	it.each([
		[{ sentThisPeriod: '1e3' }, 'sentThisPeriod', 'invalid_amount'],
		[{ sentThisPeriod: '-5' }, 'sentThisPeriod', 'negative'],
		[{ sentThisPeriod: 5 }, 'sentThisPeriod', 'invalid_type'],
		[{ sentThisPeriod: '1.234' }, 'sentThisPeriod', 'too_many_decimals'],
		[{ sentThisPeriod: '1234567890123456' }, 'sentThisPeriod', 'too_many_digits'],
		[{ transfersThisPeriod: -1 }, 'transfersThisPeriod', 'count_out_of_range'],
		[{ transfersThisPeriod: 100001 }, 'transfersThisPeriod', 'count_out_of_range'],
		[{ transfersThisPeriod: 1.5 }, 'transfersThisPeriod', 'invalid_count'],
		[{ transfersThisPeriod: '2' }, 'transfersThisPeriod', 'invalid_type'],
		[{ speed: 'Express' }, 'speed', 'invalid_key']
	])('rejects %j', (extra, path, code) => {
		expect(issue(extra)).toEqual([[path, code]]);
	});
	it('takes zero and the limits', () => {
		expect(issue({ sentThisPeriod: '0', transfersThisPeriod: 0 })).toBeNull();
		expect(issue({ sentThisPeriod: '0.00', transfersThisPeriod: 100000 })).toBeNull();
	});
});
