import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feecalc as runFeecalc } from '../../_lib/feecalc';
import { PROJECT_ROOT as ROOT } from '../../_lib/projectRoot';

/** Runs `feecalc diff` as `npm run feecalc` would from the project root; never a stack trace. */
const feecalc = (...args: string[]) => runFeecalc(['diff', ...args]);

// The 2027 version against the one before it: the corridors of 2026-12-06 are in both.
const VERSIONS = ['wallet-standard', '2026-12-06', '2027-01-01'];

describe('feecalc diff', () => {
	it('prints the file changes, then the price impact', () => {
		const r = feecalc(...VERSIONS, '--top', '3');
		expect(r.status).toBe(0);
		expect(r.stderr).toBe('');
		const out = r.stdout;
		expect(out).toContain('wallet-standard 2026-12-06 → 2027-01-01');
		expect(out).toMatch(
			/international_transfer\n\s+percent: 1\.5 → 1\.75\n\s+max\.USD: 29\.00 → 32\.00/
		);
		expect(out).toMatch(/\[4\] when \{"destination":"@ASIA"\}\n\s+marginPercent: 2 → 1\.75/);
		expect(out).toMatch(/BG\n\s+\+ added: \{"currencies":\["EUR"\]\}/);
		// 3 types × 5 funding × 3 payouts × 61 destinations (46 + the 15 corridors) × 4 amounts.
		expect(out).toContain('Price impact: 10980 requests');
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
		expect(data.impact.rows).toHaveLength(10980);
		expect(data.impact.summary.requests).toBe(10980);
		expect(data.impact.from.version).toBe('2026-12-06');
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
