import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeQuote } from '$lib/engine';
import { noticeMessage } from '$lib/words';
import { parseRequest, resolveRequest } from '$lib/quoting';
import { getRules } from '$lib/server';
import { withId } from '$lib/widget/withId';

function someQuotes() {
	const rules = getRules();
	const now = Date.parse('2026-06-01T10:00:00Z');
	return [...rules.schedules].flatMap(([schedule, versions]) =>
		['0.01', '250.00', '4999.99'].flatMap((amount) => {
			const s = versions[0].schedule;
			const parsed = parseRequest({
				schedule,
				type: Object.keys(s.types)[0],
				funding: Object.keys(s.funding)[0],
				destination: Object.keys(s.destinations)[0],
				currency: s.currencies[0],
				mode: 'send',
				amount,
				locale: 'zh-CN'
			});
			if (!parsed.ok) return [];
			const resolved = resolveRequest(rules, parsed.request, now);
			if (!resolved.ok) return [];
			// As the element prices (no id: withId gives it), and as the server does.
			const bare = computeQuote(resolved.input, { words: noticeMessage, sha256: null });
			return [{ bare, whole: computeQuote(resolved.input, { words: noticeMessage }) }];
		})
	);
}

describe('withId', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('gives each quote the id computeQuote gives it, with the browser’s SHA-256', async () => {
		const quotes = someQuotes();
		expect(quotes.length).toBeGreaterThan(5);
		for (const { bare, whole } of quotes) {
			expect(bare.id).toBe('');
			expect(JSON.stringify(await withId(bare))).toBe(JSON.stringify(whole));
			expect(bare.id).toBe('');
		}
	});

	it('uses the engine’s SHA-256 where the page has no crypto.subtle (plain http)', async () => {
		vi.stubGlobal('crypto', {});
		for (const { bare, whole } of someQuotes())
			expect(JSON.stringify(await withId(bare))).toBe(JSON.stringify(whole));
	});
});
