import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { QuoteResult } from '../../../src/lib/engine';
import { quote, resultSchema } from '../../../src/lib/quoting';
import { loadRules, quoteOptions } from '../../../src/lib/server';
import { PROJECT_ROOT } from '../../_lib/projectRoot';
import { readCases, VECTOR_RULES } from '../../_lib/vectors';

const cases = readCases();

describe('resultSchema', () => {
	it('has exactly the type of QuoteResult', () => {
		expectTypeOf<z.infer<typeof resultSchema>>().toEqualTypeOf<QuoteResult>();
	});

	it('holds every vector’s result strictly, in every locale', () => {
		const rules = loadRules(VECTOR_RULES);
		for (const c of cases)
			for (const locale of ['en', 'zh-CN']) {
				const out = quote(
					rules,
					{ ...c.request, locale },
					quoteOptions(Date.parse('2026-01-01T00:00:00Z'))
				);
				if (!out.ok) throw new Error(`${c.name}: ${JSON.stringify(out.issues)}`);
				const parsed = resultSchema.safeParse(out.quote);
				expect(parsed.error?.issues, c.name).toBeUndefined();
				expect(parsed.data).toEqual(out.quote);
			}
	});

	it('holds results from the shipped rules in every mode, blocked ones included', () => {
		const rules = loadRules(join(PROJECT_ROOT, 'rules'));
		const base = { schedule: 'wallet-standard', at: '2026-06-01T00:00:00Z', type: 'transfer' };
		for (const mode of ['send', 'pay', 'receive'])
			for (const [funding, destination, amount] of [
				['cash', 'MX', '500.00'],
				['balance', 'US', '20.00'],
				['debit_card', 'MX', '20000.00'],
				['balance', 'AQ', '10.00']
			]) {
				const request = { ...base, funding, destination, currency: 'USD', mode, amount };
				const out = quote(rules, request, { now: 0 });
				if (!out.ok) throw new Error(JSON.stringify(out.issues));
				expect(resultSchema.safeParse(out.quote).error?.issues).toBeUndefined();
			}
	});

	it('rejects a result with a field it does not know', () => {
		const rules = loadRules(VECTOR_RULES);
		const out = quote(rules, cases[0].request, { now: 0 });
		if (!out.ok) throw new Error('the first vector must be a quote');
		expect(resultSchema.safeParse({ ...out.quote, extra: 1 }).success).toBe(false);
		const line = { ...out.quote, delivery: { minHours: 0, maxHours: 0, extra: 1 } };
		expect(resultSchema.safeParse(line).success).toBe(false);
	});
});
