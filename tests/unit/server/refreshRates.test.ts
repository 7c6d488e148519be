// The server's own refresh of a source against a local server: written and reloaded, or, when the
// answer is refused, nothing written and the rules being served unchanged.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedError, getRules, initRules, refreshRates } from '$lib/server';
import { localServer, type LocalServer } from '../../_lib/ecbFeed';
import { NBP_A, nbpJson, nbpTable } from '../../_lib/nbpTables';
import { PROJECT_ROOT } from '../../_lib/projectRoot';

let server: LocalServer;
let tmp: string;
const NEXT_B = nbpJson(
	nbpTable('B', '020/B/NBP/2022', '2022-05-18', [{ code: 'GTQ', mid: 0.5801 }])
);

beforeAll(async () => {
	tmp = mkdtempSync(join(tmpdir(), 'feecalc-refresh-'));
	cpSync(join(PROJECT_ROOT, 'rules'), join(tmp, 'rules'), { recursive: true });
	process.env.FEECALC_RULES = join(tmp, 'rules');
	initRules();
	server = await localServer((req, res) => {
		const body = {
			'/ok/exchangerates/tables/A/?format=json': NBP_A,
			'/ok/exchangerates/tables/B/?format=json': NEXT_B
		}[req.url ?? ''];
		res.writeHead(body ? 200 : 503, { 'content-type': 'application/json' });
		res.end(body ?? 'busy');
	});
});

afterAll(async () => {
	await server.close();
	delete process.env.FEECALC_RULES;
	rmSync(tmp, { recursive: true, force: true });
});

describe('refreshRates', () => {
	it('writes what the bank published and serves it at once', async () => {
		const line = await refreshRates('nbp', server.url('/ok'), () => {});
		expect(line).toContain('wrote 1 snapshot to');
		expect(line).toContain('1 already held');
		expect(readdirSync(join(tmp, 'rules/rates/nbp'))).toContain('2022-05-18-020-B-NBP-2022.json');
		expect(
			getRules()
				.rates.get('nbp')
				?.map((s) => s.table)
		).toContain('020/B/NBP/2022');
	});

	it('rejects with one line and changes nothing when the bank cannot be reached', async () => {
		const before = getRules();
		const files = readdirSync(join(tmp, 'rules/rates/nbp'));
		await expect(refreshRates('nbp', server.url('/down'), () => {})).rejects.toThrow(FeedError);
		await expect(refreshRates('nbp', server.url('/down'), () => {})).rejects.toThrow(/HTTP 503/);
		expect(readdirSync(join(tmp, 'rules/rates/nbp'))).toEqual(files);
		expect(getRules()).toBe(before);
	});
});
