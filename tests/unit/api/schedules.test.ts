import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getRules, nodeSha256 } from '$lib/server';
import { getScheduleFile, listSchedules, scheduleListSchema } from '$lib/server/api';
import * as list from '../../../src/routes/api/v1/schedules/+server';
import * as file from '../../../src/routes/api/v1/schedules/[id]/[version]/+server';
import { event, get } from './_lib/http';

describe('GET /api/v1/schedules', () => {
	it('lists every schedule with its versions and their status at now', () => {
		const body = listSchedules(getRules(), Date.parse('2026-06-01T00:00:00Z'));
		expect(scheduleListSchema.parse(body)).toEqual(body);
		const wallet = body.schedules.find((s) => s.id === 'wallet-standard')!;
		expect(wallet.versions.map((v) => [v.version, v.status])).toEqual([
			['2026-01-01', 'in_force'],
			['2026-12-06', 'upcoming'],
			['2027-01-01', 'upcoming']
		]);
		expect(wallet.versions[0]).toMatchObject({
			id: 'wallet-standard',
			effectiveFrom: '2026-01-01T00:00:00Z',
			name: { en: 'Standard Wallet' }
		});
		const later = listSchedules(getRules(), Date.parse('2027-02-01T00:00:00Z'));
		const statuses = later.schedules
			.find((s) => s.id === 'wallet-standard')!
			.versions.map((v) => v.status);
		expect(statuses).toEqual(['past', 'past', 'in_force']);
	});

	it('calls a schedule not yet in force upcoming', () => {
		const before = listSchedules(getRules(), Date.parse('2025-01-01T00:00:00Z'));
		for (const s of before.schedules) for (const v of s.versions) expect(v.status).toBe('upcoming');
	});

	it('answers through the route, and 405 to other methods', async () => {
		const res = await list.GET(event(get('/api/v1/schedules')));
		expect(res.status).toBe(200);
		expect(scheduleListSchema.safeParse(await res.json()).success).toBe(true);
		const put = await list.fallback(event(new Request('http://127.0.0.1/', { method: 'PUT' })));
		expect(put.status).toBe(405);
		expect(put.headers.get('allow')).toBe('GET, HEAD');
	});
});

describe('GET /api/v1/schedules/{id}/{version}', () => {
	const path = (id: string, version: string) => `/api/v1/schedules/${id}/${version}`;

	it('serves the file byte for byte, tagged with its hash', async () => {
		for (const [id, versions] of getRules().schedules)
			for (const v of versions) {
				const version = v.schedule.version;
				const res = await file.GET(event(get(path(id, version)), { id, version }));
				expect(res.status).toBe(200);
				expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
				const text = await res.text();
				expect(text).toBe(readFileSync(`rules/schedules/${id}/${version}.json`, 'utf8'));
				expect(nodeSha256(text)).toBe(v.hash);
				expect(res.headers.get('etag')).toBe(`"${v.hash}"`);
			}
	});

	it('answers 304 when the hash matches', () => {
		const v = getRules().schedules.get('bank-wire')![0];
		const req = get(path('bank-wire', '2026-01-01'), {}, { 'if-none-match': `"${v.hash}"` });
		const res = getScheduleFile(req, { id: 'bank-wire', version: '2026-01-01' });
		expect(res.status).toBe(304);
	});

	it.each([
		['nope', '2026-01-01', 'unknown_schedule', 'id'],
		['bank-wire', '2099-01-01', 'unknown_version', 'version'],
		['__proto__', 'x', 'unknown_schedule', 'id']
	])('answers 404 for %s/%s', async (id, version, code, field) => {
		const res = getScheduleFile(get(path(id, version)), { id, version });
		expect(res.status).toBe(404);
		expect((await res.json()).issues).toMatchObject([{ code, path: [field] }]);
	});
});
