import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { quoteCommand } from '../../../src/cli/commands/quote';
import { feecalc as runFeecalc } from '../../_lib/feecalc';
import { ECB_FEED as FEED, VECTOR_RULES as VECTORS } from '../../_lib/vectors';

const feecalc = (...args: string[]) => runFeecalc(args);

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

const QUOTE = [
	'quote',
	'--rules',
	VECTORS,
	'--schedule',
	'vector-wallet',
	'--type',
	'transfer',
	'--funding',
	'balance',
	'--dest',
	'US',
	'--from',
	'USD',
	'--at',
	'2026-03-20T00:00:00Z'
];

let tmp: string;
let corrupted: string;
const CORRUPTED_FILE = 'schedules/vector-wallet/2026-01-01.json';

beforeAll(() => {
	tmp = mkdtempSync(join(tmpdir(), 'feecalc-cli-'));
	corrupted = join(tmp, 'corrupted');
	cpSync(VECTORS, corrupted, { recursive: true });
	const target = join(corrupted, CORRUPTED_FILE);
	const schedule = JSON.parse(readFileSync(target, 'utf8'));
	delete schedule.fees[0].min.CNY;
	writeFileSync(target, JSON.stringify(schedule, null, 2));
});

afterAll(() => {
	rmSync(tmp, { recursive: true, force: true });
});

describe('feecalc quote', () => {
	it('exits 0 with the quote JSON when a quote is made', () => {
		const r = feecalc(...QUOTE, '--send', '100.00', '--json');
		expect(r.status).toBe(0);
		const q = JSON.parse(r.stdout);
		expect(q.request).toMatchObject({ schedule: 'vector-wallet', amount: '100.00', mode: 'send' });
		expect(q.principal).toEqual({ amount: '100.00', currency: 'USD' });
	});

	it('exits 2 with one stderr line naming amount for --send 1e3', () => {
		const r = feecalc(...QUOTE, '--send', '1e3');
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(lines(r.stderr)).toHaveLength(1);
		expect(r.stderr).toMatch(/\bamount\b/);
		expect(r.stderr).toContain('invalid_amount');
	});

	it('exits 2 without --send, --pay or --receive', () => {
		const r = feecalc(...QUOTE);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('--send');
	});

	it('exits 2 for an unknown option', () => {
		const r = feecalc(...QUOTE, '--send', '100', '--fee', '1');
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('--fee');
	});

	it('exits 1 naming the file and JSON path when the rules folder is invalid', () => {
		const r = feecalc(...QUOTE.map((a) => (a === VECTORS ? corrupted : a)), '--send', '100');
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain(`${corrupted}/${CORRUPTED_FILE}`);
		expect(r.stderr).toContain('fees[0].min');
	});
});

describe('feecalc check', () => {
	it('exits 0 on the shipped rules folder', () => {
		const r = feecalc('check');
		expect(r.status).toBe(0);
		expect(r.stderr).toBe('');
	});

	it('exits 1 on a corrupted rules folder, naming the file and JSON path', () => {
		const r = feecalc('check', '--rules', corrupted);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`${corrupted}/${CORRUPTED_FILE}`);
		expect(r.stderr).toContain('fees[0].min');
	});

	it('exits 0 on a folder whose rate snapshot is named after its instant, and prices with it', () => {
		const rules = join(tmp, 'instant-named');
		cpSync(VECTORS, rules, { recursive: true });
		const ecb = join(rules, 'rates/ecb');
		renameSync(join(ecb, '2026-03-13.json'), join(ecb, '2026-03-13T16-00-00Z.json'));
		const r = feecalc('check', '--rules', rules);
		expect(r).toEqual({
			status: 0,
			stdout: 'ok: 1 schedules (2 versions), 1 rate snapshots, 0 lint findings\n',
			stderr: ''
		});
		const args = QUOTE.map((a) => (a === VECTORS ? rules : a));
		const q = feecalc(...args, '--to', 'EUR', '--send', '100.00', '--json');
		expect(q.status).toBe(0);
		expect(JSON.parse(q.stdout).rates).toEqual({
			source: 'ecb',
			asOf: '2026-03-13T16:00:00+01:00'
		});
	});

	it('exits 1, not an internal error, on a rules folder with a stray subfolder', () => {
		const rules = join(tmp, 'nested');
		cpSync(VECTORS, rules, { recursive: true });
		mkdirSync(join(rules, 'schedules/vector-wallet/drafts'));
		const r = feecalc('check', '--rules', rules);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('schedules/vector-wallet/drafts');
	});
});

describe('feecalc rates import', () => {
	it('writes the ECB feed as the vectors snapshot', () => {
		const rules = join(tmp, 'imported');
		const r = feecalc('rates', 'import', FEED, '--rules', rules);
		expect(r.status).toBe(0);
		const written = readFileSync(join(rules, 'rates/ecb/2026-03-13.json'), 'utf8');
		const expected = readFileSync(join(VECTORS, 'rates/ecb/2026-03-13.json'), 'utf8');
		expect(JSON.parse(written)).toEqual(JSON.parse(expected));
		expect(Object.keys(JSON.parse(written).rates)).toEqual(Object.keys(JSON.parse(expected).rates));
	});

	it('exits 1 with the code for malformed XML and writes nothing', () => {
		const rules = join(tmp, 'malformed');
		const xml = join(tmp, 'bad.xml');
		writeFileSync(
			xml,
			`<gesmes:Envelope><Cube><Cube time='2026-03-13'><Cube currency='USD' rate='abc'/></Cube></Cube></gesmes:Envelope>`
		);
		const r = feecalc('rates', 'import', xml, '--rules', rules);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('invalid_rate');
		expect(existsSync(join(rules, 'rates'))).toBe(false);
	});
});

describe('run', () => {
	it('prints the usage and exits 0 without a command', () => {
		for (const args of [[], ['help'], ['--help']]) {
			const r = feecalc(...args);
			expect(r.status).toBe(0);
			expect(r.stdout).toMatch(/^usage:\n {2}feecalc quote /);
			expect(r.stderr).toBe('');
		}
	});

	it('exits 2 with the usage on stderr for an unknown command', () => {
		const r = feecalc('quot');
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/^feecalc: unknown command quot\nusage:\n/);
	});

	it('exits 70 with one line and no stack trace when a command breaks', () => {
		const broken = vi.spyOn(quoteCommand, 'run').mockImplementation(() => {
			throw new TypeError('x is undefined');
		});
		try {
			const r = feecalc(...QUOTE, '--send', '100.00');
			expect(r.status).toBe(70);
			expect(r.stdout).toBe('');
			expect(r.stderr).toBe('feecalc: internal error: x is undefined\n');
		} finally {
			broken.mockRestore();
		}
	});

	it('reads the rules folder from FEECALC_RULES in its env, relative to its cwd', () => {
		const r = runFeecalc(['check'], { cwd: join(VECTORS, '..'), env: { FEECALC_RULES: 'rules' } });
		expect(r.status).toBe(0);
		expect(r.stdout).toBe('ok: 1 schedules (2 versions), 1 rate snapshots, 0 lint findings\n');
	});

	it('names files relative to its cwd when the rules folder is inside it', () => {
		const r = runFeecalc(['check', '--rules', 'corrupted'], { cwd: tmp });
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`feecalc: corrupted/${CORRUPTED_FILE}`);
		expect(r.stderr).not.toContain(tmp);
	});

	it('reads a relative FILE to import from its cwd', () => {
		const rules = join(tmp, 'relative');
		const r = runFeecalc(['rates', 'import', 'eurofxref-daily-2026-03-13.xml', '--rules', rules], {
			cwd: join(FEED, '..')
		});
		expect(r.status).toBe(0);
		expect(r.stdout).toBe(
			`wrote ${join(rules, 'rates/ecb/2026-03-13.json')}: 29 rates against EUR as of 2026-03-13T16:00:00+01:00\n`
		);
	});
});
