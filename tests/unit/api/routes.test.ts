import { describe, expect, it } from 'vitest';
import * as health from '../../../src/routes/api/v1/health/+server';
import * as other from '../../../src/routes/api/v1/[...path]/+server';
import { getRules } from '$lib/server';
import { healthSchema } from '$lib/server/api';
import { event, get } from './_lib/http';

describe('GET /api/v1/health', () => {
	it('answers {"ok": true} and the rules it serves, not cached', async () => {
		const res = await health.GET(event(get('/api/v1/health')));
		expect(res.status).toBe(200);
		const body = healthSchema.parse(await res.json());
		const rules = getRules();
		const count = (m: Map<string, unknown[]>) => [...m.values()].reduce((n, l) => n + l.length, 0);
		expect(body).toMatchObject({
			ok: true,
			rules: {
				schedules: rules.schedules.size,
				scheduleVersions: count(rules.schedules),
				snapshots: count(rules.rates)
			}
		});
		expect(body.rules.version).toMatch(/^[0-9a-f]{12}$/);
		expect(Date.parse(body.rules.loadedAt)).not.toBeNaN();
		expect(body.rules.lastError).toBeUndefined();
		expect(res.headers.get('cache-control')).toBe('no-store');
	});

	it('answers other methods 405', async () => {
		const res = await health.fallback(
			event(new Request('http://127.0.0.1/api/v1/health', { method: 'POST' }))
		);
		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toBe('GET, HEAD');
	});
});

describe('any other /api/v1 path', () => {
	it('answers 404 in the issues shape', async () => {
		for (const method of ['GET', 'POST', 'DELETE']) {
			const req = new Request('http://127.0.0.1/api/v1/nope', { method });
			const res = await other.fallback(event(req, { path: 'nope' }));
			expect(res.status).toBe(404);
			expect((await res.json()).issues[0].code).toBe('not_found');
		}
	});
});
