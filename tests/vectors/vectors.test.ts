import { describe, expect, it } from 'vitest';
import type { QuoteResult } from '../../src/lib/engine';
import { quote } from '../../src/lib/quoting';
import { loadRules } from '../../src/lib/server';
import { feecalc } from '../_lib/feecalc';
import { readCases, VECTOR_RULES } from '../_lib/vectors';
import { actualFor, cliArgs, expectedFor, type VectorCase } from './compareCase';

const cases = readCases<VectorCase>();

describe('vectors through the engine', () => {
	const rules = loadRules(VECTOR_RULES);
	it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const out = quote(rules, c.request, { now: Date.parse('2026-01-01T00:00:00Z') });
		if (!out.ok) throw new Error(JSON.stringify(out.issues));
		expect(actualFor(c.expect, out.quote)).toEqual(expectedFor(c.expect, out.quote));
	});
});

// In process, through the same run() as the binary (tests/unit/cli/binary.test.ts starts that).
describe('vectors through the command line', () => {
	it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const r = feecalc(cliArgs(c.request, VECTOR_RULES));
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const q = JSON.parse(r.stdout) as QuoteResult;
		expect(actualFor(c.expect, q)).toEqual(expectedFor(c.expect, q));
	});
});
