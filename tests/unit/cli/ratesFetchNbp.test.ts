// `feecalc rates fetch --source nbp` and `--source NAME --url URL` against a local server: the
// bank's tables A and B (latest, or date ranges of at most 93 days), a provider's own snapshots,
// and every answer refused whole, with nothing written.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localServer, type LocalServer } from '../../_lib/ecbFeed';
import { feecalcAsync } from '../../_lib/feecalc';
import { NBP_A, NBP_B, nbpJson, nbpTable } from '../../_lib/nbpTables';

let server: LocalServer;
let tmp: string;
let asked: string[] = [];
/** What the server answers for table B, per test: [status, body] or 'hang'. */
let tableB: [number, string] | 'hang' = [200, NBP_B];

const ACME = [
	{ source: 'acme', base: 'USD', asOf: '2026-03-13T16:00:00Z', rates: { MXN: '17.2000' } },
	{ source: 'acme', base: 'USD', asOf: '2026-03-13T20:00:00Z', rates: { MXN: '17.1500' } }
];

beforeAll(async () => {
	tmp = mkdtempSync(join(tmpdir(), 'feecalc-nbp-'));
	server = await localServer((req, res) => {
		const url = req.url ?? '';
		asked.push(url);
		const send = (status: number, body: string, type = 'application/json') => {
			res.writeHead(status, { 'content-type': type });
			res.end(body);
		};
		if (url === '/acme/rates.json') return send(200, JSON.stringify(ACME));
		if (url === '/acme/wrong.json')
			return send(200, JSON.stringify(ACME[0]).replace('acme', 'other'));
		const m =
			/^\/api\/exchangerates\/tables\/([AB])\/(?:(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})\/)?\?format=json$/.exec(
				url
			);
		if (!m) return send(404, '404 NotFound - Not Found - Brak danych', 'text/plain');
		if (m[2]) {
			// A range: one table of its first day, numbered by the range.
			const rates = m[1] === 'A' ? [{ code: 'USD', mid: 4.2 }] : [{ code: 'GTQ', mid: 0.55 }];
			return send(200, nbpJson(nbpTable(m[1], `${m[2]}/${m[1]}/NBP`, m[2], rates)));
		}
		if (m[1] === 'A') return send(200, NBP_A);
		if (tableB === 'hang') return;
		return send(tableB[0], tableB[1]);
	});
});

beforeEach(() => {
	asked = [];
	tableB = [200, NBP_B];
});

afterAll(async () => {
	await server.close();
	rmSync(tmp, { recursive: true, force: true });
});

const fetchNbp = (rules: string, ...more: string[]) =>
	feecalcAsync([
		'rates',
		'fetch',
		'--source',
		'nbp',
		'--url',
		server.url('/api'),
		'--rules',
		rules,
		...more
	]);

describe('feecalc rates fetch --source nbp', () => {
	it('writes the latest tables A and B and says so in one line', async () => {
		const rules = join(tmp, 'latest');
		const r = await fetchNbp(rules);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(asked).toEqual([
			'/api/exchangerates/tables/A/?format=json',
			'/api/exchangerates/tables/B/?format=json'
		]);
		expect(readdirSync(join(rules, 'rates/nbp')).sort()).toEqual([
			'2022-05-11-019-B-NBP-2022.json',
			'2022-05-13-092-A-NBP-2022.json'
		]);
		expect(r.stdout).toBe(
			`wrote 2 snapshots to ${join(rules, 'rates/nbp')} (2022-05-11 to 2022-05-13); 0 already held\n`
		);
	});

	it('writes the same bytes as rates import does with the same answers', async () => {
		const fetched = join(tmp, 'fetched');
		const imported = join(tmp, 'imported');
		writeFileSync(join(tmp, 'a.json'), NBP_A);
		writeFileSync(join(tmp, 'b.json'), NBP_B);
		expect((await fetchNbp(fetched)).status).toBe(0);
		const r = await feecalcAsync([
			'rates',
			'import',
			join(tmp, 'a.json'),
			join(tmp, 'b.json'),
			'--rules',
			imported
		]);
		expect(r.status).toBe(0);
		for (const name of readdirSync(join(fetched, 'rates/nbp')))
			expect(readFileSync(join(imported, 'rates/nbp', name), 'utf8')).toBe(
				readFileSync(join(fetched, 'rates/nbp', name), 'utf8')
			);
	});

	it('asks for a history in ranges of at most 93 days, for both tables', async () => {
		const r = await fetchNbp(join(tmp, 'history'), '--history', '120d');
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const ranges = asked.map((u) => /tables\/([AB])\/(\S+)\/(\S+)\/\?/.exec(u)!.slice(1));
		expect(ranges.map(([t]) => t)).toEqual(['A', 'A', 'B', 'B']);
		const days = ([, from, to]: string[]) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
		expect(ranges.map(days)).toEqual([93, 27, 93, 27]);
		// Contiguous, ending today, without a day twice.
		expect(Date.parse(ranges[1][2]) + 86_400_000).toBe(Date.parse(ranges[0][1]));
		expect(ranges[0][2]).toBe(new Date().toISOString().slice(0, 10));
		expect(readdirSync(join(tmp, 'history/rates/nbp'))).toHaveLength(4);
	});

	it.each([
		['table B timing out', 'hang', 'timed out'],
		['HTTP 404 for table B', [404, 'Brak danych'], 'HTTP 404'],
		['HTTP 500 for table B', [500, 'error'], 'HTTP 500'],
		['an HTML page', [200, '<html><body>Maintenance</body></html>'], '(not_nbp_json)'],
		['a truncated table', [200, NBP_B.slice(0, 1000)], '(truncated)'],
		[
			'a table without rates',
			[200, nbpJson(nbpTable('B', '019/B/NBP/2022', '2022-05-11', []))],
			'(empty_table)'
		],
		['a zero mid', [200, NBP_B.replace('"mid":0.5773', '"mid":0')], '(invalid_rate)'],
		[
			'a mid that is not a number',
			[200, NBP_B.replace('"mid":0.5773', '"mid":"x"')],
			'(invalid_rate)'
		],
		['a code twice', [200, NBP_B.replace('"code":"HNL"', '"code":"GTQ"')], '(duplicate_currency)'],
		[
			'a code that is not ISO 4217',
			[200, NBP_B.replace('"code":"GTQ"', '"code":"QTG"')],
			'(invalid_currency)'
		]
	] as const)('exits 1 with one line and writes nothing for %s', async (_, answer, words) => {
		tableB = answer as typeof tableB;
		const rules = join(tmp, `fail-${words.replace(/\W/g, '')}`);
		const r = await fetchNbp(rules, '--timeout', '0.5');
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain(words);
		expect(r.stderr).toMatch(
			/^feecalc: http:\/\/127\.0\.0\.1:\d+\/api\/exchangerates\/tables\/B\/\?format=json: .+\n$/
		);
		// Table A arrived whole, and was not written either.
		expect(existsSync(join(rules, 'rates'))).toBe(false);
	});
});

const fetchAcme = (path: string, rules: string) =>
	feecalcAsync(['rates', 'fetch', '--source', 'acme', '--url', server.url(path), '--rules', rules]);

describe('feecalc rates fetch --source NAME --url URL', () => {
	it('writes a provider’s own snapshots, named by their instants', async () => {
		const rules = join(tmp, 'acme');
		const r = await fetchAcme('/acme/rates.json', rules);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(readdirSync(join(rules, 'rates/acme')).sort()).toEqual([
			'2026-03-13T16-00-00Z.json',
			'2026-03-13T20-00-00Z.json'
		]);
		const check = await fetchAcme('/acme/rates.json', rules);
		expect(check.stdout).toContain('2 already held');
	});

	it('refuses snapshots of another source, writing nothing', async () => {
		const rules = join(tmp, 'wrong');
		const r = await fetchAcme('/acme/wrong.json', rules);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('(source_mismatch)');
		expect(existsSync(join(rules, 'rates'))).toBe(false);
	});
});
