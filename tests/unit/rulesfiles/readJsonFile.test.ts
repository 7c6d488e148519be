import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { readJsonFile } from '$lib/rulesfiles';

const schema = z.strictObject({ a: z.string(), n: z.array(z.string()).optional() });
const brief = (r: ReturnType<typeof readJsonFile>) =>
	r.issues.map(({ path, code }) => `${path.join('.')}:${code}`);

describe('readJsonFile', () => {
	it('reads a file without its byte-order mark', () => {
		expect(readJsonFile('\uFEFF{"a":"x"}', 'f.json', schema)).toEqual({
			ok: true,
			data: { a: 'x' },
			issues: []
		});
	});

	it.each([
		['{"a":', [':invalid_json']],
		['{"a":1}', ['a:invalid_type']],
		['{"b":"x","a":"x"}', ['b:unknown_key']],
		['{}', ['a:required']]
	])('gives the issues of %s', (text, issues) => {
		const r = readJsonFile(text, 'f.json', schema);
		expect(r.ok).toBe(false);
		expect(brief(r)).toEqual(issues);
		expect(r.issues.every((i) => i.file === 'f.json' && i.message.length > 0)).toBe(true);
	});

	it('reports a key written twice beside a good shape, in the caller’s own words when asked', () => {
		const r = readJsonFile('{"a":"x","a":"y"}', 'f.json', schema);
		expect(r.ok && r.data).toEqual({ a: 'y' });
		expect(brief(r)).toEqual(['a:duplicate_key']);
		const own = readJsonFile('{"a":"x","a":"y"}', 'f.json', schema, {
			duplicate: () => ({ code: 'duplicate_currency', message: 'twice' })
		});
		expect(brief(own)).toEqual(['a:duplicate_currency']);
	});

	it('calls a JSON number where a decimal string belongs number_not_string', () => {
		const r = readJsonFile('{"a":1.5}', 'f.json', schema, { isDecimalPath: (p) => p[0] === 'a' });
		expect(brief(r)).toEqual(['a:number_not_string']);
	});
});
