import { describe, expect, it } from 'vitest';
import { formatPath } from '$lib/rulesfiles';

describe('formatPath', () => {
	it.each([
		[[], ''],
		[['rates'], 'rates'],
		[['rates', 'USD'], 'rates.USD'],
		[['fees', 2, 'min'], 'fees[2].min'],
		[['fees', 0, 'tiers', 'brackets', 3, 'upTo'], 'fees[0].tiers.brackets[3].upTo'],
		[[1, 'id'], '[1].id'],
		[['name', 'zh-CN'], 'name.zh-CN'],
		[['$schema'], '$schema'],
		[['regions', 'a.b'], 'regions["a.b"]'],
		[['x', ''], 'x[""]'],
		[['x', 'two words'], 'x["two words"]']
	] as [(string | number)[], string][])('writes %j as %j', (path, expected) => {
		expect(formatPath(path)).toBe(expected);
	});

	it('does not mutate the path', () => {
		const path = ['fees', 2, 'min'];
		formatPath(path);
		expect(path).toEqual(['fees', 2, 'min']);
	});
});
