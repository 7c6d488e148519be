// The usage vectors (`../shared/spec/vectors/usage`): their own rules folder, through the engine
// and through the command line, compared the way compareCase reads every vector.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual, promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { QuoteResult } from '../../src/lib/engine';
import { quote } from '../../src/lib/quoting';
import { loadRules } from '../../src/lib/server/loadRules';
import { actualFor, cliArgs, expectedFor, type VectorCase } from './compareCase';

const root = resolve(process.env.FEECALC_VECTORS ?? '../shared/spec/vectors', 'usage');
const rulesDir = resolve(root, 'rules');
if (!existsSync(resolve(root, 'cases.json')))
	throw new Error(
		`No usage vectors at ${root}: set FEECALC_VECTORS or put shared/ beside the checkout`
	);
const cases: VectorCase[] = JSON.parse(readFileSync(resolve(root, 'cases.json'), 'utf8'));
const run = promisify(execFile);

const USAGE_OPTIONS: Record<string, string> = {
	speed: '--speed',
	sentThisPeriod: '--sent-this-period',
	transfersThisPeriod: '--transfers-this-period'
};

/** compareCase's arguments plus the usage options it does not know. */
function usageArgs(request: Record<string, unknown>): string[] {
	const rest: Record<string, string> = {};
	const extra: string[] = [];
	for (const [k, v] of Object.entries(request))
		if (USAGE_OPTIONS[k]) extra.push(USAGE_OPTIONS[k], String(v));
		else rest[k] = String(v);
	const args = cliArgs(rest, rulesDir);
	return [...args.slice(0, -2), ...extra, ...args.slice(-2)];
}

describe('usage vectors through the engine', () => {
	const rules = loadRules(rulesDir);
	it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const out = quote(rules, c.request, Date.parse('2026-01-01T00:00:00Z'));
		if (!out.ok) throw new Error(JSON.stringify(out.issues));
		expect(actualFor(c.expect, out.quote)).toEqual(expectedFor(c.expect, out.quote));
	});
});

describe('usage vectors through the command line', () => {
	it('gives every case its expected result', { timeout: 180_000 }, async () => {
		const tsx = resolve('node_modules/.bin/tsx');
		const failures: string[] = [];
		const queue = [...cases];
		const worker = async () => {
			for (let c = queue.shift(); c; c = queue.shift()) {
				const { stdout } = await run(tsx, ['src/cli/main.ts', ...usageArgs(c.request)]);
				const q = JSON.parse(stdout) as QuoteResult;
				const [got, want] = [actualFor(c.expect, q), expectedFor(c.expect, q)];
				if (!isDeepStrictEqual(got, want))
					failures.push(`${c.name}\n  got  ${JSON.stringify(got)}\n  want ${JSON.stringify(want)}`);
			}
		};
		await Promise.all([worker(), worker()]);
		expect(failures).toEqual([]);
	});
});
