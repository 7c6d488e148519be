import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ecbDays, ecbXml, localServer, type LocalServer } from '../../_lib/ecbFeed';
import { feecalcAsync } from '../../_lib/feecalc';

const DAILY = ecbXml(ecbDays('2026-03-13', 1));
const HISTORY = ecbDays('2026-03-13', 60);
const HIST_XML = ecbXml(HISTORY);
const EMPTY_DAY = ecbXml([
	...HISTORY.slice(0, 3),
	['2026-02-01', []],
	...HISTORY.slice(3, 6)
]).replace("<Cube time='2026-02-01'>\n\t\t</Cube>", "<Cube time='2026-02-01'/>");

let server: LocalServer;
let tmp: string;
let other = DAILY;

beforeAll(async () => {
	tmp = mkdtempSync(join(tmpdir(), 'feecalc-fetch-'));
	server = await localServer((req, res) => {
		const send = (status: number, body: string, type = 'text/xml') => {
			res.writeHead(status, { 'content-type': type });
			res.end(body);
		};
		switch (req.url) {
			case '/daily.xml':
				return send(200, DAILY);
			case '/other.xml':
				return send(200, other);
			case '/hist-90d.xml':
				return send(200, HIST_XML);
			case '/empty-day.xml':
				return send(200, EMPTY_DAY);
			case '/hang':
				return; // never answers
			case '/hang-body':
				res.writeHead(200, { 'content-type': 'text/xml' });
				res.write(HIST_XML.slice(0, 2000));
				return; // never finishes
			case '/reset':
				return req.socket.destroy();
			case '/reset-body':
				res.writeHead(200, { 'content-type': 'text/xml', 'content-length': HIST_XML.length });
				res.write(HIST_XML.slice(0, 3000));
				setTimeout(() => req.socket.destroy(), 20);
				return;
			case '/500':
				return send(500, 'Internal Server Error', 'text/plain');
			case '/garbage':
				return send(200, '<!doctype html><html><body>Maintenance</body></html>', 'text/html');
			case '/binary':
				return send(200, '\u0000\u0001\u00ff\u00fe garbage', 'application/octet-stream');
			case '/truncated':
				return send(200, HIST_XML.slice(0, Math.floor(HIST_XML.length / 2)));
			case '/truncated-end':
				return send(200, HIST_XML.replace(/<\/gesmes:Envelope>\s*$/, ''));
			default:
				return send(404, 'Not Found', 'text/plain');
		}
	});
});

afterAll(async () => {
	await server.close();
	rmSync(tmp, { recursive: true, force: true });
});

const fetchTo = (rules: string, url: string, ...more: string[]) =>
	feecalcAsync(['rates', 'fetch', '--url', server.url(url), '--rules', rules, ...more]);

describe('feecalc rates fetch', () => {
	it('writes the daily feed as one snapshot and says so in one line', async () => {
		const rules = join(tmp, 'daily');
		const r = await fetchTo(rules, '/daily.xml');
		expect(r.status).toBe(0);
		expect(r.stderr).toBe('');
		const file = join(rules, 'rates/ecb/2026-03-13.json');
		expect(r.stdout).toBe(`wrote ${file}: 4 rates against EUR as of 2026-03-13T16:00:00+01:00\n`);
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
			source: 'ecb',
			base: 'EUR',
			asOf: '2026-03-13T16:00:00+01:00',
			rates: { USD: '1.1400', JPY: '182.00', MXN: '20.500', GBP: '0.86500' }
		});
		expect(readdirSync(join(rules, 'rates/ecb'))).toEqual(['2026-03-13.json']);
	});

	it('writes the same bytes as rates import does', async () => {
		const xml = join(tmp, 'daily.xml');
		writeFileSync(xml, DAILY);
		const imported = join(tmp, 'imported');
		const fetched = join(tmp, 'fetched');
		expect((await feecalcAsync(['rates', 'import', xml, '--rules', imported])).status).toBe(0);
		expect((await fetchTo(fetched, '/daily.xml')).status).toBe(0);
		const name = 'rates/ecb/2026-03-13.json';
		expect(readFileSync(join(fetched, name), 'utf8')).toBe(
			readFileSync(join(imported, name), 'utf8')
		);
	});

	it('writes one snapshot per day of a history file, oldest to newest', async () => {
		const rules = join(tmp, 'history');
		const r = await fetchTo(rules, '/hist-90d.xml', '--history', '90d');
		expect(r.status).toBe(0);
		const files = readdirSync(join(rules, 'rates/ecb')).sort();
		expect(files).toHaveLength(60);
		expect(files).toEqual(HISTORY.map(([d]) => `${d}.json`).sort());
		const oldest = HISTORY.at(-1)!;
		expect(r.stdout).toBe(
			`wrote 60 snapshots to ${join(rules, 'rates/ecb')} (${oldest[0]} to 2026-03-13); 0 already held\n`
		);
		const snap = JSON.parse(readFileSync(join(rules, `rates/ecb/${oldest[0]}.json`), 'utf8'));
		expect(snap.rates.USD).toBe(oldest[1][0][1]);
		const again = await fetchTo(rules, '/hist-90d.xml');
		expect(again.status).toBe(0);
		expect(again.stdout).toContain('wrote 0 snapshots');
		expect(again.stdout).toContain('60 already held');
	});

	it('rates import reads the history files too', async () => {
		const xml = join(tmp, 'hist.xml');
		writeFileSync(xml, HIST_XML);
		const rules = join(tmp, 'import-history');
		const r = await feecalcAsync(['rates', 'import', xml, '--rules', rules]);
		expect(r.status).toBe(0);
		expect(readdirSync(join(rules, 'rates/ecb'))).toHaveLength(60);
	});

	it('shows progress on a terminal only: bytes received, days written', async () => {
		const rules = join(tmp, 'tty');
		const r = await feecalcAsync(
			['rates', 'fetch', '--url', server.url('/hist-90d.xml'), '--rules', rules],
			{ tty: true }
		);
		expect(r.status).toBe(0);
		expect(r.stderr).toContain(`\rreceived ${Buffer.byteLength(HIST_XML)} bytes`);
		expect(r.stderr).toContain('\rwrote 60 of 60 days');
		expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
	});

	it('refuses different rates for a day already held, unless --force', async () => {
		const rules = join(tmp, 'immutable');
		expect((await fetchTo(rules, '/other.xml')).status).toBe(0);
		const file = join(rules, 'rates/ecb/2026-03-13.json');
		const before = readFileSync(file, 'utf8');
		other = DAILY.replace("rate='1.1400'", "rate='1.1500'");
		const refused = await fetchTo(rules, '/other.xml');
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('snapshots are immutable (use --force to replace)');
		expect(readFileSync(file, 'utf8')).toBe(before);
		const forced = await fetchTo(rules, '/other.xml', '--force');
		expect(forced.status).toBe(0);
		expect(JSON.parse(readFileSync(file, 'utf8')).rates.USD).toBe('1.1500');
		expect(readdirSync(join(rules, 'rates/ecb'))).toEqual(['2026-03-13.json']);
		other = DAILY;
	});

	it.each([
		['a server that never answers', '/hang', 'timed out'],
		['a server that stops halfway through the body', '/hang-body', 'timed out'],
		['a connection reset before the answer', '/reset', 'reset'],
		['a connection reset in the middle of the body', '/reset-body', 'reset'],
		['HTTP 404', '/missing.xml', 'HTTP 404'],
		['HTTP 500', '/500', 'HTTP 500'],
		['an HTML page', '/garbage', '(not_ecb_xml)'],
		['binary garbage', '/binary', '(not_ecb_xml)'],
		['a truncated file', '/truncated', '(truncated)'],
		['a file without its closing tag', '/truncated-end', '(truncated)'],
		['a day without rates in a history', '/empty-day.xml', '(empty_day)']
	])('exits 1 with one clear line and writes nothing for %s', async (_, path, words) => {
		const rules = join(tmp, `fail${path.replace(/\W/g, '-')}`);
		const started = Date.now();
		const r = await fetchTo(rules, path, '--timeout', '0.5');
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain(words);
		expect(r.stderr).toMatch(
			new RegExp(`^feecalc: ${server.url(path).replace(/[.?]/g, '\\$&')}: .+\n$`)
		);
		expect(existsSync(join(rules, 'rates'))).toBe(false);
		expect(Date.now() - started).toBeLessThan(5000);
	});

	it('names the empty day', async () => {
		const r = await fetchTo(join(tmp, 'named'), '/empty-day.xml');
		expect(r.stderr).toContain('2026-02-01');
	});

	it.each([
		[['--history', '30d'], '--history must be 90d or all'],
		[['--source', 'fed'], 'give --url'],
		[['--source', 'Fed'], 'a source is a folder name'],
		[['--source', 'nbp', '--history', 'all'], '--history for nbp'],
		[['--source', 'nbp', '--history', '400d'], '--history for nbp'],
		[['--source', 'acme', '--url', 'http://127.0.0.1:9/x', '--history', '90d'], '--history'],
		[['--timeout', '0'], '--timeout'],
		[['--timeout', 'soon'], '--timeout'],
		[['--url', 'ftp://example.org/x.xml'], '--url must be'],
		[['--bogus', 'x'], 'unknown option --bogus']
	])('exits 2 for the usage error %j', async (more, words) => {
		const r = await feecalcAsync(['rates', 'fetch', '--rules', join(tmp, 'usage'), ...more]);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain(words);
	});
});
