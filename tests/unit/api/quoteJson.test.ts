import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quote } from '$lib/quoting';
import { getRules, loadRules, nodeSha256 } from '$lib/server';
import { quoteJson } from '$lib/server/api';
import { REQUEST } from './_lib/http';

const root = resolve(process.env.FEECALC_VECTORS ?? '../shared/spec/vectors');

describe('quoteJson', () => {
	it('gives the bytes of JSON.stringify of the same quote', () => {
		for (const mode of ['send', 'pay', 'receive'])
			for (const amount of ['1.00', '100.00', '20000.00'])
				for (const locale of ['en', 'zh-CN']) {
					const input = { ...REQUEST, mode, amount, locale };
					const out = quoteJson(getRules(), input, 0);
					if (!out.ok) throw new Error(JSON.stringify(out.issues));
					expect(out.json).toBe(JSON.stringify(out.quote));
					const plain = quote(getRules(), input, 0, { sha256: nodeSha256 });
					expect(plain.ok && plain.quote).toEqual(out.quote);
				}
	});

	it('does so for every vector', () => {
		if (!existsSync(resolve(root, 'cases.json'))) throw new Error(`No test vectors at ${root}`);
		const rules = loadRules(resolve(root, 'rules'));
		const cases = JSON.parse(readFileSync(resolve(root, 'cases.json'), 'utf8'));
		for (const c of cases as { request: Record<string, string> }[]) {
			const out = quoteJson(rules, c.request, 0);
			if (!out.ok) throw new Error(JSON.stringify(out.issues));
			expect(out.json).toBe(JSON.stringify(out.quote));
		}
	});

	it('passes issues through', () => {
		const out = quoteJson(getRules(), { ...REQUEST, amount: 'x' }, 0);
		expect(out.ok).toBe(false);
	});
});
