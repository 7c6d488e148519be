import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requestSchema } from '$lib/quoting';
import { openApiDocument } from '$lib/server/api';
import * as healthRoute from '../../../src/routes/api/v1/health/+server';
import * as route from '../../../src/routes/api/v1/openapi.json/+server';
import * as schedulesRoute from '../../../src/routes/api/v1/schedules/+server';
import { event, get } from './_lib/http';

type Json = Record<string, unknown>;

/** Every `$ref` anywhere in a JSON value. */
function refs(value: unknown, out: string[] = []): string[] {
	if (Array.isArray(value)) value.forEach((v) => refs(v, out));
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) {
			if (k === '$ref' && typeof v === 'string') out.push(v);
			else refs(v, out);
		}
	return out;
}

describe('GET /api/v1/openapi.json', async () => {
	const res = await route.GET(event(get('/api/v1/openapi.json')));
	const text = await res.text();
	const doc = JSON.parse(text) as {
		openapi: string;
		paths: Record<string, Record<string, Json>>;
		components: { schemas: Record<string, Json> };
	};

	it('is OpenAPI 3.1 as JSON', () => {
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(doc.openapi).toBe('3.1.0');
	});

	it('describes every endpoint', () => {
		expect(Object.keys(doc.paths)).toEqual(
			expect.arrayContaining([
				'/api/v1/quote',
				'/api/v1/schedules',
				'/api/v1/schedules/{id}/{version}',
				'/api/v1/rates',
				'/api/v1/health',
				'/api/v1/quotes/confirm',
				'/api/v1/quotes/verify',
				'/api/v1/compare',
				'/api/v1/alternatives',
				'/api/v1/alerts',
				'/api/v1/alerts/confirm',
				'/api/v1/alerts/unsubscribe',
				'/api/v1/alerts/{token}'
			])
		);
		expect(Object.keys(doc.paths['/api/v1/quote']).sort()).toEqual(['get', 'post']);
	});

	it('resolves every $ref to a component', () => {
		const all = refs(doc);
		expect(all.length).toBeGreaterThan(10);
		for (const r of all) {
			const id = r.replace('#/components/schemas/', '');
			expect(r, r).toMatch(/^#\/components\/schemas\//);
			expect(doc.components.schemas[id], r).toBeDefined();
		}
	});

	it('takes the quote parameters from the request schema', () => {
		const params = doc.paths['/api/v1/quote'].get.parameters as {
			name: string;
			required: boolean;
			schema: Json;
		}[];
		const shape = requestSchema.shape as Record<string, z.ZodType>;
		// The request's fields, then `hints` (the answer's extra, not a request field).
		expect(params.map((p) => p.name)).toEqual([...Object.keys(shape), 'hints']);
		for (const p of params.slice(0, -1))
			expect(p.required).toBe(!shape[p.name].safeParse(undefined).success);
		expect(params.find((p) => p.name === 'mode')!.schema.enum).toEqual(['send', 'pay', 'receive']);
	});

	it('generates the components from the zod schemas', () => {
		const expected: Json = { ...z.toJSONSchema(requestSchema, { io: 'input' }) };
		delete expected.$schema;
		expect(doc.components.schemas.QuoteRequest).toEqual(expected);
		expect(doc.components.schemas.QuoteResult.additionalProperties).toBe(false);
		for (const s of Object.values(doc.components.schemas)) {
			expect(s.$id).toBeUndefined();
			expect(s.$schema).toBeUndefined();
		}
	});

	it('lets new endpoints add their paths', () => {
		const extra = openApiDocument([
			{
				path: '/api/v1/compare',
				operations: [
					{
						method: 'post',
						operationId: 'compare',
						summary: 'Compare',
						body: requestSchema,
						responses: { '200': { description: 'ok' } }
					}
				]
			}
		]) as { paths: Record<string, Record<string, Json>> };
		expect(Object.keys(extra.paths)).toEqual(['/api/v1/compare']);
		expect(extra.paths['/api/v1/compare'].post.requestBody).toEqual({
			required: true,
			content: { 'application/json': { schema: { $ref: '#/components/schemas/QuoteRequest' } } }
		});
	});
});

describe('the OpenAPI description', () => {
	it('passes Redocly’s recommended lint, warnings included', { timeout: 60_000 }, () => {
		const dir = mkdtempSync(join(tmpdir(), 'feecalc-openapi-'));
		try {
			const file = join(dir, 'openapi.json');
			writeFileSync(file, JSON.stringify(openApiDocument()));
			const lint = spawnSync(
				resolve('node_modules/.bin/redocly'),
				['lint', file, '--extends=recommended', '--format=summary', '--max-problems=1000'],
				{
					encoding: 'utf8',
					env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
					timeout: 50_000
				}
			);
			const said = `${lint.stdout}${lint.stderr}`;
			expect(lint.status, said).toBe(0);
			expect(said).not.toMatch(/^\s*(error|warning)\s/m);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('promises the 400 the parameterless GETs give for a query parameter', async () => {
		for (const [path, handler] of [
			['/api/v1/schedules', schedulesRoute.GET],
			['/api/v1/health', healthRoute.GET],
			['/api/v1/openapi.json', route.GET]
		] as const) {
			const res = await handler(event(get(path, { verbose: '1' })));
			expect(res.status, path).toBe(400);
			expect((await res.json()).issues).toEqual([
				{ path: ['verbose'], code: 'unknown_parameter', message: 'verbose is not a parameter here' }
			]);
			expect((await handler(event(get(path)))).status, path).toBe(200);
		}
	});
});
