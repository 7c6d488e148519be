import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builderModel, embedModel } from '$lib/server/pages';
import { loadRules } from '$lib/server';
import { USAGE_VECTORS } from '../../_lib/vectors';

// The usage vectors' schedule declares speeds, a calendar-month usage period and support.
const rules = loadRules(join(USAGE_VECTORS, 'rules'));
const NOW = Date.parse('2026-03-20T10:00:00Z');
const BASE = 'schedule=vector-usage&destination=MX&currency=USD&amount=500.00';

describe('embedModel', () => {
	it('prices the speed and usage of its address, as the frame’s script will', () => {
		const m = embedModel(
			new URLSearchParams(`${BASE}&speed=express&sentThisPeriod=800.00&transfers-this-period=2`),
			{ rules, locale: 'en', now: NOW }
		);
		expect(m.form).toMatchObject({
			speed: 'express',
			sentThisPeriod: '800.00',
			transfersThisPeriod: '2'
		});
		expect(m.options.speeds.map((o) => o.value)).toEqual(['economy', 'express']);
		expect(m.quote!.request).toMatchObject({
			speed: 'express',
			sentThisPeriod: '800.00',
			transfersThisPeriod: 2
		});
		expect(m.support).toMatchObject({ email: 'support@example.com', phone: '+1 555 010 0100' });
	});

	it('names a malformed usage parameter instead of pricing, in the page’s language', () => {
		const m = embedModel(new URLSearchParams(`${BASE}&transfersThisPeriod=many`), {
			rules,
			locale: 'zh-CN',
			now: NOW
		});
		expect(m.quote).toBeNull();
		expect(m.issues.map((i) => [i.path, i.code])).toEqual([
			[['transfersThisPeriod'], 'invalid_count']
		]);
		expect(m.issues[0].message).toMatch(/^transfersThisPeriod: .*。$/);
	});
});

describe('builderModel', () => {
	const builder = (query: string) =>
		builderModel(new URL(`https://fees.example/embed/builder?${query}`), {
			rules,
			locale: 'en',
			now: NOW
		});

	it('offers the schedule’s speeds and usage, and keeps only what the schedule offers', () => {
		const m = builder(`${BASE}&speed=express&sentThisPeriod=800.00&transfersThisPeriod=2`);
		expect(m.speeds.map((o) => o.value)).toEqual(['economy', 'express']);
		expect(m.usagePeriod).toBe('calendar-month');
		expect(m.usageCurrency).toBe('USD');
		expect(m.chosen).toMatchObject({
			speed: 'express',
			sentThisPeriod: '800.00',
			transfersThisPeriod: '2'
		});
		expect(m.previewQuery).toContain('sentThisPeriod=800.00&transfersThisPeriod=2');
		expect(builder(`${BASE}&speed=warp`).chosen.speed).toBe('');
	});

	it('leaves a malformed usage out of the snippets and says why beside its field', () => {
		const m = builder(`${BASE}&sentThisPeriod=1.234&transfersThisPeriod=-2`);
		expect(m.chosen).toMatchObject({ sentThisPeriod: '', transfersThisPeriod: '' });
		expect(m.usageInput).toEqual({ sentThisPeriod: '1.234', transfersThisPeriod: '-2' });
		expect(m.usageIssue.sentThisPeriod).toBe(
			'sent-this-period: USD amounts have at most 2 decimal places.'
		);
		expect(m.usageIssue.transfersThisPeriod).toMatch(/^transfers-this-period: /);
	});

	it('offers no usage for a schedule without a usage period', () => {
		const plain = builderModel(
			new URL('https://fees.example/embed/builder?schedule=wallet-standard&sentThisPeriod=5'),
			{ rules: loadRules('rules'), locale: 'en', now: NOW }
		);
		expect(plain.usagePeriod).toBeNull();
		expect(plain.speeds).toEqual([]);
		expect(plain.chosen.sentThisPeriod).toBe('');
	});
});
