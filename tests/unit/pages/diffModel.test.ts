import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRules } from '$lib/server';
import {
	cachedDiff,
	diffPage,
	warmDiffCache,
	PAGE_SIZE,
	TOP_BLOCKED,
	TOP_CHANGES
} from '$lib/server/pages/diffModel';
import { scheduleSummaries, versionPage } from '$lib/server/pages/schedulesModel';

const SHIPPED = fileURLToPath(new URL('../../../rules/', import.meta.url));
const rules = loadRules(SHIPPED);
const IN_2026 = Date.parse('2026-06-01T00:00:00Z');
// After the corridors' version (2026-12-06), before 2027-01-01.
const IN_DECEMBER = Date.parse('2026-12-10T00:00:00Z');
const IN_2028 = Date.parse('2028-06-01T00:00:00Z');

describe('cachedDiff', () => {
	it('prices the grid once per loaded rules and pair, and returns the same object after', () => {
		const first = cachedDiff(rules, {
			id: 'wallet-standard',
			from: '2026-01-01',
			to: '2027-01-01'
		})!;
		// 3 types × 5 funding × 3 payouts × 61 destinations × 4 amounts.
		expect(first.impact.summary.requests).toBe(10980);
		const start = performance.now();
		const again = cachedDiff(rules, {
			id: 'wallet-standard',
			from: '2026-01-01',
			to: '2027-01-01'
		});
		expect(performance.now() - start).toBeLessThan(20);
		expect(again).toBe(first);
	});

	it('keeps pairs apart, and other rules apart', () => {
		const forward = cachedDiff(rules, {
			id: 'wallet-standard',
			from: '2026-01-01',
			to: '2027-01-01'
		});
		const back = cachedDiff(rules, {
			id: 'wallet-standard',
			from: '2027-01-01',
			to: '2026-01-01'
		})!;
		expect(back).not.toBe(forward);
		expect(back.impact.from.version).toBe('2027-01-01');
		const other = loadRules(SHIPPED);
		expect(
			cachedDiff(other, { id: 'wallet-standard', from: '2026-01-01', to: '2027-01-01' })
		).not.toBe(forward);
	});

	it('can be warmed with the default pair of every schedule', () => {
		const fresh = loadRules(SHIPPED);
		warmDiffCache(fresh, IN_2026);
		const start = performance.now();
		expect(
			cachedDiff(fresh, { id: 'wallet-standard', from: '2026-01-01', to: '2026-12-06' })
		).not.toBeNull();
		expect(performance.now() - start).toBeLessThan(20);
	});

	it('is null for an unknown schedule or version', () => {
		expect(cachedDiff(rules, { id: 'nope', from: '2026-01-01', to: '2027-01-01' })).toBeNull();
		expect(
			cachedDiff(rules, { id: 'wallet-standard', from: '2026-01-01', to: '2099-01-01' })
		).toBeNull();
	});
});

describe('diffPage', () => {
	it('compares the version in force with the next one by default, else the last two', () => {
		const pair = (now: number) => {
			const c = diffPage('wallet-standard', {}, { rules, locale: 'en', now })!.comparison!;
			return [c.from.version, c.to.version, c.from.status, c.to.status];
		};
		expect(pair(IN_2026)).toEqual(['2026-01-01', '2026-12-06', 'current', 'upcoming']);
		expect(pair(IN_DECEMBER)).toEqual(['2026-12-06', '2027-01-01', 'current', 'upcoming']);
		expect(pair(IN_2028)).toEqual(['2026-12-06', '2027-01-01', 'past', 'current']);
	});

	it('fills a missing side with the neighbouring version', () => {
		const c = diffPage(
			'wallet-standard',
			{ to: '2027-01-01' },
			{ rules, locale: 'en', now: IN_2026 }
		)!.comparison!;
		expect(c.from.version).toBe('2026-12-06');
		const back = diffPage(
			'wallet-standard',
			{ from: '2026-01-01' },
			{ rules, locale: 'en', now: IN_2026 }
		)!;
		expect(back.comparison!.to.version).toBe('2026-12-06');
	});

	it('is null for an unknown schedule or version, and has no comparison for a single version', () => {
		expect(diffPage('nope', {}, { rules, locale: 'en', now: IN_2026 })).toBeNull();
		expect(
			diffPage('wallet-standard', { from: '2025-01-01' }, { rules, locale: 'en', now: IN_2026 })
		).toBeNull();
		const single = diffPage('bank-wire', {}, { rules, locale: 'en', now: IN_2026 })!;
		expect(single.comparison).toBeNull();
		expect(single.versions.map((v) => v.version)).toEqual(['2026-01-01']);
	});

	it('words the changes, in each language', () => {
		const fee = (locale: 'en' | 'zh-CN') =>
			diffPage('wallet-standard', {}, { rules, locale, now: IN_DECEMBER })!
				.comparison!.changes.find((g) => g.section === 'fees')!
				.entries.find((e) => e.code === 'international_transfer')!;
		expect(fee('en').title).toBe('International transfer fee');
		expect(fee('en').lines[0]).toEqual({
			kind: 'changed',
			field: 'Percent',
			before: '1.5%',
			after: '1.75%',
			direction: 'rise'
		});
		expect(fee('en').lines).toContainEqual({
			kind: 'changed',
			field: 'Maximum (USD)',
			before: '$29.00',
			after: '$32.00',
			direction: 'rise'
		});
		expect(fee('zh-CN').title).toBe('跨境转账手续费');
		expect(fee('zh-CN').lines[0].field).toBe('百分比');
	});

	it('sends only the rows it shows', () => {
		const c = diffPage(
			'wallet-standard',
			{},
			{ rules, locale: 'en', now: IN_DECEMBER }
		)!.comparison!;
		const list = (key: string) => c.lists.find((l) => l.key === key)!;
		// 1020 before the corridors (34 destinations × 3 payouts × 10 requests whose fees rise more
		// than the margin falls), and 24 more for each of the 10 corridors outside @ASIA (its margin
		// falls too): 10,000 USD is above their limit, so 8 requests for each payout.
		expect(list('increases')).toMatchObject({ total: 1260, page: 0 });
		expect(list('increases').rows).toHaveLength(TOP_CHANGES);
		expect(list('decreases').rows).toHaveLength(TOP_CHANGES);
		expect(list('unblocked')).toMatchObject({ total: 204 });
		expect(list('unblocked').rows).toHaveLength(TOP_BLOCKED);
		expect(list('unblocked').rows[0].why).toEqual(['Transfers cannot be sent to this country.']);
		expect(c.distribution.bins.reduce((n, b) => n + b.count, 0)).toBe(
			c.summary.increased + c.summary.decreased + c.summary.unchanged
		);
		expect(JSON.stringify(c).length).toBeLessThan(100_000);
	});

	it('pages a full list', () => {
		const c = diffPage(
			'wallet-standard',
			{ list: 'increases', page: '13' },
			{ rules, locale: 'en', now: IN_DECEMBER }
		)!.comparison!;
		expect(c.full).toBe(true);
		expect(c.lists).toHaveLength(1);
		expect(c.lists[0]).toMatchObject({ key: 'increases', page: 13, pages: 13, offset: 1200 });
		expect(c.lists[0].rows).toHaveLength(1260 - 12 * PAGE_SIZE);
		const past = diffPage(
			'wallet-standard',
			{ list: 'increases', page: '99' },
			{ rules, locale: 'en', now: IN_DECEMBER }
		)!;
		expect(past.comparison!.lists[0].page).toBe(13);
	});
});

describe('scheduleSummaries', () => {
	it('calls each version past, in force or upcoming at now', () => {
		const statuses = (now: number) =>
			scheduleSummaries(rules, 'en', now)
				.find((s) => s.id === 'wallet-standard')!
				.versions.map((v) => v.status);
		expect(statuses(IN_2026)).toEqual(['current', 'upcoming', 'upcoming']);
		expect(statuses(IN_DECEMBER)).toEqual(['past', 'current', 'upcoming']);
		expect(statuses(IN_2028)).toEqual(['past', 'past', 'current']);
	});
});

describe('versionPage and the diff page name the rates in words', () => {
	const NBP =
		'National Bank of Poland (NBP), table 019/B/NBP/2022 of May 11, 2022 and table 092/A/NBP/2022 of May 13, 2022 · 4 years old';

	it('lists each source in force, in the schedule’s order', () => {
		expect(
			versionPage('wallet-standard', '2026-12-06', { rules, locale: 'en', now: IN_DECEMBER })!.rates
		).toEqual(['ECB reference rates of March 13, 2026', NBP]);
		expect(
			versionPage('wallet-standard', '2026-01-01', { rules, locale: 'en', now: IN_DECEMBER })!.rates
		).toEqual(['ECB reference rates of March 13, 2026']);
		expect(
			versionPage('wallet-standard', '2026-12-06', { rules, locale: 'zh-CN', now: IN_DECEMBER })!
				.rates[1]
		).toBe(
			'波兰国家银行 2022年5月11日的 019/B/NBP/2022 号汇率表和2022年5月13日的 092/A/NBP/2022 号汇率表 · 4 年前'
		);
	});

	it('says which rates both versions of a comparison are priced with', () => {
		const c = diffPage(
			'wallet-standard',
			{},
			{ rules, locale: 'en', now: IN_DECEMBER }
		)!.comparison!;
		expect(c.rates).toEqual(['ECB reference rates of March 13, 2026', NBP]);
		const before = diffPage(
			'wallet-standard',
			{},
			{ rules, locale: 'en', now: IN_2026 }
		)!.comparison!;
		// 2026-01-01 names the ECB only, 2026-12-06 both: each source once.
		expect(before.rates).toEqual(['ECB reference rates of March 13, 2026', NBP]);
	});
});
