// The rate-source vectors (tests/vectors/rates): quotes and decodes priced from the National Bank
// of Poland's tables A and B and from a list rateSource, through the engine and the command line.
// Their expected results are worked out by tests/vectors/rates/worked.py with Python's decimal
// module, independently of the engine.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuoteResult } from '../../src/lib/engine';
import { decodeReceipt, quote, type DecodeResult } from '../../src/lib/quoting';
import { loadRules } from '../../src/lib/server';
import { feecalc } from '../_lib/feecalc';
import { PROJECT_ROOT } from '../_lib/projectRoot';
import { actualFor, cliArgs, expectedFor, type VectorCase } from './compareCase';

const FOLDER = join(PROJECT_ROOT, 'tests/vectors/rates');
const RULES = join(FOLDER, 'rules');
const read = <T>(name: string): T[] => JSON.parse(readFileSync(join(FOLDER, name), 'utf8'));
const cases = read<VectorCase>('cases.json');
const decodes = read<{ name: string; request: Record<string, string>; expect: DecodeExpect }>(
	'decodes.json'
);

interface DecodeExpect {
	reference: DecodeResult['reference'];
	effectiveRate: string;
	marginPercent: string;
	allInMarkupPercent: string;
	cost: { fx: string; fee: string; total: string; percent: string };
	noticeCodes: string[];
}

/** A decode's figures in the form decodes.json writes them. */
const decodeFigures = (d: DecodeResult): DecodeExpect => ({
	reference: d.reference,
	effectiveRate: d.effectiveRate,
	marginPercent: d.marginPercent,
	allInMarkupPercent: d.allInMarkupPercent,
	cost: {
		fx: d.cost.fx.amount,
		fee: d.cost.fee.amount,
		total: d.cost.total.amount,
		percent: d.cost.percent
	},
	noticeCodes: d.notices.map((n) => n.code)
});

const NOW = Date.parse('2026-12-01T00:00:00Z');

describe('rate-source vectors through the engine', () => {
	const rules = loadRules(RULES);
	it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const out = quote(rules, c.request, { now: NOW });
		if (!out.ok) throw new Error(JSON.stringify(out.issues));
		expect(actualFor(c.expect, out.quote)).toEqual(expectedFor(c.expect, out.quote));
		// The id hashes the quote as JSON.stringify writes it, the rates' tables included.
		const { id, ...body } = out.quote;
		expect(id).toBe(createHash('sha256').update(JSON.stringify(body), 'utf8').digest('hex'));
	});

	it.each(decodes.map((c) => [c.name, c] as const))('decodes %s', (_name, c) => {
		const out = decodeReceipt(rules, c.request, { now: NOW });
		if (!out.ok) throw new Error(JSON.stringify(out.issues));
		expect(decodeFigures(out.result)).toEqual(c.expect);
	});
});

// In process, through the same run() as the binary (tests/unit/cli/binary.test.ts starts that).
describe('rate-source vectors through the command line', () => {
	it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const r = feecalc(cliArgs(c.request, RULES));
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const q = JSON.parse(r.stdout) as QuoteResult;
		expect(actualFor(c.expect, q)).toEqual(expectedFor(c.expect, q));
	});

	it.each(decodes.map((c) => [c.name, c] as const))('decodes %s', (_name, c) => {
		const q = c.request;
		const r = feecalc([
			'decode',
			...['--sent', q.sent, '--from', q.sentCurrency, '--received', q.received],
			...['--to', q.receivedCurrency, '--fee', q.fee, '--date', q.date],
			...['--rules', RULES, '--json']
		]);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(decodeFigures(JSON.parse(r.stdout) as DecodeResult)).toEqual(c.expect);
	});
});
