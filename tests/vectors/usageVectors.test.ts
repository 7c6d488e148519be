// The usage vectors (`../shared/spec/vectors/usage`): their own rules folder, through the engine
// and through the command line, compared the way compareCase reads every vector.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuoteResult } from '../../src/lib/engine';
import { quote } from '../../src/lib/quoting';
import { loadRules } from '../../src/lib/server';
import { feecalc } from '../_lib/feecalc';
import { readCases, USAGE_VECTORS } from '../_lib/vectors';
import { actualFor, cliArgs, expectedFor, type VectorCase } from './compareCase';

const rulesDir = join(USAGE_VECTORS, 'rules');
const cases = readCases<VectorCase>(USAGE_VECTORS);

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
		const out = quote(rules, c.request, { now: Date.parse('2026-01-01T00:00:00Z') });
		if (!out.ok) throw new Error(JSON.stringify(out.issues));
		expect(actualFor(c.expect, out.quote)).toEqual(expectedFor(c.expect, out.quote));
	});
});

// In process, through the same run() as the binary (tests/unit/cli/binary.test.ts starts that).
describe('usage vectors through the command line', () => {
	it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const r = feecalc(usageArgs(c.request));
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const q = JSON.parse(r.stdout) as QuoteResult;
		expect(actualFor(c.expect, q)).toEqual(expectedFor(c.expect, q));
	});
});
