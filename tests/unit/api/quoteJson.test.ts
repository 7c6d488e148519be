import { describe, expect, it } from 'vitest';
import { quote } from '$lib/quoting';
import { getRules, loadRules, quoteOptions } from '$lib/server';
import { quoteJson } from '$lib/server/api';
import { REQUEST } from './_lib/http';
import { readCases, VECTOR_RULES } from '../../_lib/vectors';

describe('quoteJson', () => {
	it('gives the bytes of JSON.stringify of the same quote', () => {
		for (const mode of ['send', 'pay', 'receive'])
			for (const amount of ['1.00', '100.00', '20000.00'])
				for (const locale of ['en', 'zh-CN']) {
					const input = { ...REQUEST, mode, amount, locale };
					const out = quoteJson(getRules(), input, { now: 0 });
					if (!out.ok) throw new Error(JSON.stringify(out.issues));
					expect(out.json).toBe(JSON.stringify(out.quote));
					const plain = quote(getRules(), input, quoteOptions(0));
					expect(plain.ok && plain.quote).toEqual(out.quote);
				}
	});

	it('does so for every vector', () => {
		const rules = loadRules(VECTOR_RULES);
		for (const c of readCases()) {
			const out = quoteJson(rules, c.request, { now: 0 });
			if (!out.ok) throw new Error(JSON.stringify(out.issues));
			expect(out.json).toBe(JSON.stringify(out.quote));
		}
	});

	it('passes issues through', () => {
		const out = quoteJson(getRules(), { ...REQUEST, amount: 'x' }, { now: 0 });
		expect(out.ok).toBe(false);
	});
});
