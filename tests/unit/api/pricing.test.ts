import { describe, expect, it } from 'vitest';
import { minorUnits } from '$lib/engine';
import { getRules, loadRules } from '$lib/server';
import { getPricing, pricingSchema } from '$lib/server/api';
import * as route from '../../../src/routes/api/v1/pricing/+server';
import { event, get } from './_lib/http';
import { PROJECT_ROOT } from '../../_lib/projectRoot';
import { join } from 'node:path';

const NOW = Date.parse('2026-06-01T10:00:00Z');
const ask = (query: Record<string, string>, headers: Record<string, string> = {}) =>
	getPricing(get('/api/v1/pricing', query, headers), { now: NOW });

describe('GET /api/v1/pricing', () => {
	it('answers the version in force, its hash and its rates', async () => {
		const res = ask({ schedule: 'wallet-standard' });
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(pricingSchema.safeParse(body).success).toBe(true);
		const version = getRules().schedules.get('wallet-standard')![0];
		expect(body.schedule.version).toBe('2026-01-01');
		expect(body.hash).toBe(version.hash);
		expect(body.snapshot).toMatchObject({ source: 'ecb', base: 'EUR' });
		expect(res.headers.get('cache-control')).toBe('public, max-age=60');
	});

	it('gives the minor units of every currency the schedule and its rates name', async () => {
		for (const [id, versions] of getRules().schedules) {
			const body = await ask({ schedule: id }).json();
			const s = versions[0].schedule;
			const named = [
				...s.currencies,
				...Object.values(s.destinations).flatMap((d) => d.currencies)
			];
			for (const c of named) expect(body.minorUnits[c], `${id} ${c}`).toBe(minorUnits(c));
			expect(Object.keys(body.minorUnits)).toEqual(Object.keys(body.minorUnits).sort());
		}
		const body = await ask({ schedule: 'wallet-standard' }).json();
		expect(body.minorUnits).toMatchObject({ EUR: 2, JPY: 0 });
	});

	it('answers the version in force at `at`', async () => {
		const res = ask({ schedule: 'wallet-standard', at: '2027-02-01T00:00:00Z' });
		expect((await res.json()).schedule.version).toBe('2027-01-01');
	});

	it('carries every source of a list rateSource, and tags the answer with each one’s rates', async () => {
		const rules = loadRules(join(PROJECT_ROOT, 'tests/vectors/rates/rules'));
		const at = (t: string) =>
			getPricing(get('/api/v1/pricing', { schedule: 'vector-list', at: t }), { rules });
		const res = at('2026-03-16T12:00:00Z');
		const body = await res.json();
		expect(pricingSchema.safeParse(body).success).toBe(true);
		expect(body.snapshot).toMatchObject({
			source: 'ecb',
			next: { source: 'nbp', quotation: 'direct' }
		});
		expect(body.snapshot.next.published.GTQ).toEqual({
			asOf: '2022-05-11T12:15:00+02:00',
			table: '019/B/NBP/2022'
		});
		expect(body.minorUnits).toMatchObject({ GTQ: 2, MXN: 2, PLN: 2 });
		// Before the ECB's first snapshot the bank's tables alone: another tag.
		const before = at('2026-03-13T14:00:00Z');
		expect((await before.json()).snapshot.source).toBe('nbp');
		expect(before.headers.get('etag')).not.toBe(res.headers.get('etag'));
		// The same ECB snapshot, one NBP table fewer: the second source alone changes the tag.
		const nbp = rules.rates.get('nbp')!.filter((s) => !s.table?.startsWith('TEST'));
		const fewer = { ...rules, rates: new Map([...rules.rates, ['nbp', nbp]]) };
		const other = getPricing(
			get('/api/v1/pricing', { schedule: 'vector-list', at: '2026-03-16T12:00:00Z' }),
			{ rules: fewer }
		);
		expect((await other.json()).snapshot.asOf).toBe(body.snapshot.asOf);
		expect(other.headers.get('etag')).not.toBe(res.headers.get('etag'));
	});

	it('answers 304 when the tag matches', () => {
		const etag = ask({ schedule: 'wallet-standard' }).headers.get('etag')!;
		expect(ask({ schedule: 'wallet-standard' }, { 'if-none-match': etag }).status).toBe(304);
	});

	it.each([
		[{}, 400, 'required'],
		[{ schedule: 'wallet-standard', at: 'yesterday' }, 400, 'invalid_instant'],
		[{ schedule: 'wallet-standard', version: '2026-01-01' }, 400, 'unknown_parameter'],
		[{ schedule: 'nope' }, 404, 'unknown_schedule'],
		[{ schedule: 'wallet-standard', at: '2020-01-01T00:00:00Z' }, 404, 'schedule_not_effective']
	])('answers %j with %i %s', async (query, status, code) => {
		const res = ask(query as Record<string, string>);
		expect(res.status).toBe(status);
		expect((await res.json()).issues[0].code).toBe(code);
	});

	it('answers through the route, and 405 to other methods', async () => {
		const res = await route.GET(event(get('/api/v1/pricing', { schedule: 'bank-wire' })));
		expect(res.status).toBe(200);
		const post = await route.fallback(
			event(new Request('http://127.0.0.1/api/v1/pricing', { method: 'POST' }))
		);
		expect(post.status).toBe(405);
	});
});
