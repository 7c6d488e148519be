import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** Runs `feecalc diff` from the project root, as `npm run feecalc` would; never a stack trace. */
function feecalc(...args: string[]) {
	const env = { ...process.env };
	delete env.FEECALC_RULES;
	const r = spawnSync(TSX, ['src/cli/main.ts', 'diff', ...args], {
		cwd: ROOT,
		env,
		encoding: 'utf8',
		timeout: 60_000,
		maxBuffer: 64 * 1024 * 1024
	});
	expect(r.stdout + r.stderr).not.toContain('    at ');
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const VERSIONS = ['wallet-standard', '2026-01-01', '2027-01-01'];

describe('feecalc diff', () => {
	it('prints the file changes, then the price impact', () => {
		const r = feecalc(...VERSIONS, '--top', '3');
		expect(r.status).toBe(0);
		expect(r.stderr).toBe('');
		const out = r.stdout;
		expect(out).toContain('wallet-standard 2026-01-01 → 2027-01-01');
		expect(out).toMatch(
			/international_transfer\n\s+percent: 1\.5 → 1\.75\n\s+max\.USD: 29\.00 → 32\.00/
		);
		expect(out).toMatch(/\[3\] when \{"destination":"@ASIA"\}\n\s+marginPercent: 2 → 1\.75/);
		expect(out).toMatch(/BG\n\s+\+ added: \{"currencies":\["EUR"\]\}/);
		expect(out).toContain('Price impact: 8280 requests');
		expect(out).toMatch(/Biggest increases \(\d+, first 3\)\n(\s+\+\S+ USD .*\n){3}/);
		expect(out).toMatch(/Biggest decreases \(\d+, first 3\)\n(\s+-\S+ USD .*\n){3}/);
		expect(out).toContain('Newly blocked (0)');
		expect(out).toMatch(
			/Newly unblocked \(204, first 3\)\n\s+transfer balance→wallet US→BG EUR, send 10\.00 USD/
		);
		expect(out.indexOf('Changes in the file')).toBeLessThan(out.indexOf('Price impact'));
	});

	it('prints {changes, impact} as JSON with --json', () => {
		const r = feecalc(...VERSIONS, '--json');
		expect(r.status).toBe(0);
		const data = JSON.parse(r.stdout);
		expect(Object.keys(data)).toEqual(['changes', 'impact']);
		expect(data.changes).toContainEqual({
			section: 'fees',
			id: 'international_transfer',
			path: ['percent'],
			kind: 'changed',
			before: '1.5',
			after: '1.75'
		});
		expect(data.impact.rows).toHaveLength(8280);
		expect(data.impact.summary.requests).toBe(8280);
		expect(data.impact.from.version).toBe('2026-01-01');
		expect(data.impact.to.version).toBe('2027-01-01');
	});

	it.each([
		['an unknown version', [VERSIONS[0], '2026-01-01', '2030-01-01'], /no version "2030-01-01"/],
		['an unknown schedule', ['nope', '2026-01-01', '2027-01-01'], /no schedule "nope"/],
		['a missing version', [VERSIONS[0], '2026-01-01'], /two versions/],
		['a bad --top', [...VERSIONS, '--top', 'x'], /--top/]
	])('exits 2 for %s, with a clear message', (_, args, message) => {
		const r = feecalc(...args);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(message);
	});

	it('exits 1 for an invalid rules folder, naming the file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'feecalc-diff-'));
		try {
			cpSync(join(ROOT, 'rules'), dir, { recursive: true });
			writeFileSync(join(dir, 'schedules/wallet-standard/2027-01-01.json'), '{');
			const r = feecalc(...VERSIONS, '--rules', dir);
			expect(r.status).toBe(1);
			expect(r.stderr).toContain('2027-01-01.json');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
