import { expect, test, type Locator, type Page } from '@playwright/test';
import { Dec, type QuoteResult } from '../../src/lib/engine';
import { formatMoney } from '../../src/lib/words';
import { seriousViolations } from './axe';

const DIFF = '/schedules/wallet-standard/diff?from=2026-01-01&to=2027-01-01';
const LOCALES = ['en', 'zh-CN'] as const;

/** The shipped versions, and what each is called at the time the test runs. */
const VERSIONS = [
	['wallet-standard', '2026-01-01', '2026-01-01T00:00:00Z'],
	['wallet-standard', '2026-12-06', '2026-12-06T00:00:00Z'],
	['wallet-standard', '2027-01-01', '2027-01-01T00:00:00Z'],
	['bank-wire', '2026-01-01', '2026-01-01T00:00:00Z']
] as const;
const STATUS = { en: ['Past', 'In force', 'Upcoming'], 'zh-CN': ['已失效', '现行', '即将生效'] };

function statusNow(id: string, effectiveFrom: string): 'past' | 'current' | 'upcoming' {
	const now = Date.now();
	const mine = Date.parse(effectiveFrom);
	if (mine > now) return 'upcoming';
	const later = VERSIONS.filter(([s, , e]) => s === id && Date.parse(e) > mine);
	return later.some(([, , e]) => Date.parse(e) <= now) ? 'past' : 'current';
}

async function apiQuote(page: Page, request: Record<string, string>): Promise<QuoteResult> {
	const response = await page.request.post('/api/v1/quote', { data: request });
	expect(response.status()).toBe(200);
	return response.json();
}

const entry = (page: Page, section: string, id: string) =>
	page.locator(`.entry[data-section=${section}][data-id=${id}]`);

async function attrs(row: Locator, names: string[]): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const n of names) {
		const v = await row.getAttribute(`data-${n}`);
		if (v !== null) out[n.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = v;
	}
	return out;
}

test.describe('schedules list', () => {
	for (const locale of LOCALES) {
		test(`shows each version past, in force or upcoming (${locale})`, async ({ page }) => {
			await page.goto(`/schedules?locale=${locale}`);
			for (const [id, version, effectiveFrom] of VERSIONS) {
				const status = statusNow(id, effectiveFrom);
				const item = page
					.locator(`section.schedule[aria-labelledby="s-${id}"] li`)
					.filter({ has: page.getByRole('link', { name: version, exact: true }) });
				await expect(item).toHaveAttribute('data-status', status);
				const label = STATUS[locale][['past', 'current', 'upcoming'].indexOf(status)];
				await expect(item.locator('.badge')).toHaveText(label);
			}
			// Each version after the first links to its difference from the one before.
			const diffLink = page.locator('a[href*="/schedules/wallet-standard/diff"]');
			await expect(diffLink).toHaveCount(2);
			await diffLink.last().click();
			await expect(page).toHaveURL(/from=2026-12-06&to=2027-01-01/);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
		});
	}
});

test.describe('a version page', () => {
	test('renders fees, tiers and limits in English', async ({ page }) => {
		await page.goto('/schedules/bank-wire/2026-01-01?locale=en');
		await expect(page.getByRole('heading', { name: 'Fees and taxes' })).toBeVisible();
		const swift = page.locator('tr[data-id=swift_wire]');
		await expect(swift.locator('table.tiers caption')).toHaveText(
			'Graduated tiers (each bracket applies to its slice) (EUR)'
		);
		await expect(swift.locator('table.tiers tbody tr')).toHaveCount(3);
		await expect(swift.locator('table.tiers tbody tr').last()).toContainText('Above 50,000.00');
		await expect(page.getByRole('heading', { name: 'Limits per transfer' })).toBeVisible();
		// In words: no file keys, no rounding codes.
		await expect(page.locator('main')).not.toContainText('swift_wire');
		await expect(page.locator('main')).not.toContainText('half-up');
		await page.goto('/schedules/wallet-standard/2027-01-01?locale=en');
		const fee = page.locator('tr[data-id=international_transfer]');
		await expect(fee).toContainText('International transfer fee');
		await expect(fee).toContainText('Percent: 1.75%');
		await expect(fee).toContainText('Maximum: $32.00');
		const limits = page.locator('section[aria-labelledby=limits] tbody tr');
		await expect(limits.first()).toContainText('$10,000.00');
	});

	test('renders fees, tiers and limits in Chinese', async ({ page }) => {
		await page.goto('/schedules/bank-wire/2026-01-01?locale=zh-CN');
		await expect(page.getByRole('heading', { name: '手续费和税费' })).toBeVisible();
		const swift = page.locator('tr[data-id=swift_wire]');
		await expect(swift).toContainText('SWIFT 电汇手续费');
		await expect(swift.locator('table.tiers caption')).toContainText('超额累进');
		await expect(swift.locator('table.tiers tbody tr').last()).toContainText('超过 50,000.00');
		await expect(page.getByRole('heading', { name: '单笔限额' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	});

	// Issue 12: allowances, the weekend window, help and support in words, on a phone too.
	const REVOLUT = '/schedules/revolut-exchange/2026-01-01';
	const WORDS = {
		en: {
			allowance: 'The first €1,000.00 in any 30 days is free of this fee.',
			margins: [
				[
					'type is Exchange in the account and from Friday 17:00 to Sunday 18:00, New York time',
					'1%'
				],
				['otherwise', '0%']
			],
			usage: 'Rolling 30 days',
			rateAge: 'Rates older than 96 hours are flagged as out of date.',
			help: 'The reference exchange rate is out of date.',
			chat: 'Chat',
			noLimits: 'No minimum or maximum amount.'
		},
		'zh-CN': {
			allowance: '任意 30 天内的前 €1,000.00 免收此项费用。',
			margins: [
				['类型为 账户内兑换，且在纽约时间周五 17:00 至周日 18:00 期间', '1%'],
				['其他情况', '0%']
			],
			usage: '滚动 30 天',
			rateAge: '超过 96 小时的汇率会被标为过时。',
			help: '参考汇率已过时。',
			chat: '在线客服',
			noLimits: '无最低或最高金额限制。'
		}
	} as const;
	for (const locale of LOCALES) {
		test(`says allowances, windows, help and support in words (${locale})`, async ({ page }) => {
			const w = WORDS[locale];
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(`${REVOLUT}?locale=${locale}`);
			await expect(page.locator('tr[data-id=fair-usage]')).toContainText(w.allowance);
			// The weekend mark-up is on the rate (issue 16): an fx row, no fee row.
			await expect(page.locator('tr[data-id=weekend]')).toHaveCount(0);
			const margins = page.locator('section[aria-labelledby=fx] tbody tr');
			await expect(margins).toHaveCount(w.margins.length);
			for (const [i, [when, margin]] of w.margins.entries()) {
				await expect(margins.nth(i).locator('td').first()).toHaveText(when);
				await expect(margins.nth(i).locator('td').last()).toHaveText(margin);
			}
			await expect(page.getByTestId('usage-period')).toContainText(w.usage);
			await expect(page.getByTestId('rate-age')).toHaveText(w.rateAge);
			// A schedule without limits says so, rather than drawing an empty table.
			await expect(page.locator('section[aria-labelledby=limits]')).toContainText(w.noLimits);
			await expect(page.locator('section[aria-labelledby=limits] table')).toHaveCount(0);
			await expect(page.locator('.help [data-code=rate_stale] dt')).toHaveText(w.help);
			const chat = page.getByTestId('support').getByRole('link', { name: w.chat });
			await expect(chat).toHaveAttribute('href', 'https://help.revolut.com/');
			// No codes or zone ids in front of a person.
			const main = page.locator('main');
			for (const raw of ['America/New_York', 'rolling-30-days', 'rate_stale', 'fri 17:00'])
				await expect(main).not.toContainText(raw);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(390);
		});
	}

	test('is a 404 for an unknown version', async ({ page }) => {
		const response = await page.goto('/schedules/wallet-standard/1999-01-01');
		expect(response?.status()).toBe(404);
	});
});

test.describe('the diff page', () => {
	test('lists what changed in the file, in English', async ({ page }) => {
		await page.goto(`${DIFF}&locale=en`);
		const intl = entry(page, 'fees', 'international_transfer');
		await expect(intl.locator('h4')).toContainText('International transfer fee');
		await expect(intl.locator('li').first()).toHaveText('Percent: raised from 1.5% to 1.75%');
		await expect(intl).toContainText('Maximum (USD): raised from $29.00 to $32.00');
		const card = entry(page, 'fees', 'debit_card_funding');
		await expect(card.locator('h4')).toContainText('Debit card payment fee');
		await expect(card.locator('li')).toHaveText(['Percent: lowered from 1.2% to 0.9%']);
		await expect(entry(page, 'fees', 'credit_card_funding')).toContainText('2.9%');
		await expect(entry(page, 'destinations', 'BG')).toContainText('Bulgaria');
		await expect(entry(page, 'destinations', 'BG')).toContainText('added');
	});

	test('lists what changed in the file, in Chinese', async ({ page }) => {
		await page.goto(`${DIFF}&locale=zh-CN`);
		const intl = entry(page, 'fees', 'international_transfer');
		await expect(intl.locator('h4')).toContainText('跨境转账手续费');
		await expect(intl.locator('li').first()).toHaveText('百分比：上调，由 1.5% 改为 1.75%');
		await expect(entry(page, 'fees', 'debit_card_funding').locator('li')).toHaveText([
			'百分比：下调，由 1.2% 改为 0.9%'
		]);
		await expect(entry(page, 'destinations', 'BG')).toContainText('保加利亚');
	});

	for (const locale of LOCALES) {
		test(`its top increase agrees with two quotes made one by one (${locale})`, async ({
			page
		}) => {
			await page.goto(`${DIFF}&locale=${locale}`);
			const impact = page.locator('section[data-at]');
			const at = (await impact.getAttribute('data-at'))!;
			const row = page.locator('[data-list=increases] tbody tr').first();
			const request = await attrs(row, [
				'type',
				'funding',
				'payout',
				'profile',
				'origin',
				'destination',
				'target-currency',
				'currency',
				'amount'
			]);
			const base = { ...request, schedule: 'wallet-standard', mode: 'send', at };
			const before = await apiQuote(page, { ...base, version: '2026-01-01' });
			const after = await apiQuote(page, { ...base, version: '2027-01-01' });
			expect(before.allowed && after.allowed).toBe(true);
			const currency = request.currency;
			const money = (x: string) => formatMoney(x, currency, locale);
			await expect(row.locator('[data-field=before]')).toHaveText(money(before.cost!.total.amount));
			await expect(row.locator('[data-field=after]')).toHaveText(money(after.cost!.total.amount));
			const delta = new Dec(after.cost!.total.amount).minus(before.cost!.total.amount);
			expect(delta.isPositive() && !delta.isZero()).toBe(true);
			await expect(row.locator('[data-field=delta]')).toHaveText(`+${money(delta.toFixed(2))}`);
		});
	}

	test('draws the chart with JavaScript, and always shows the same numbers as a table', async ({
		page
	}, info) => {
		await page.goto(`${DIFF}&locale=en`);
		const table = page.getByRole('table', { name: 'Requests by change in total cost' });
		await expect(table).toBeVisible();
		await expect(table.locator('tbody tr')).toHaveCount(15);
		await expect(table.locator('tbody tr', { hasText: 'No change' })).toContainText(
			(await page.locator('[data-stat=unchanged]').textContent())!
		);
		const canvas = page.locator('canvas[role=img]');
		if (info.project.name === 'js') {
			await expect(canvas).toBeVisible();
			await expect(canvas).toHaveAttribute('aria-label', /Bar chart of [\d,]+ requests/);
			await expect
				.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width))
				.toBeGreaterThan(0);
		} else {
			await expect(canvas).toHaveCount(0);
		}
	});

	test('pages through a full list and back', async ({ page }) => {
		await page.goto(`${DIFF}&locale=en`);
		await page.getByRole('link', { name: /See all 1,020/ }).click();
		await expect(page).toHaveURL(/list=increases&page=1/);
		await expect(page.locator('[data-list=increases] tbody tr')).toHaveCount(100);
		await expect(page.locator('[data-list=increases]')).toContainText('Rows 1–100 of 1,020.');
		await page.getByRole('link', { name: /Next/ }).click();
		await expect(page.locator('[data-list=increases]')).toContainText('Rows 101–200 of 1,020.');
		await page.getByRole('link', { name: /Back to the overview/ }).click();
		await expect(page.getByRole('heading', { name: 'What changed in the file' })).toBeVisible();
	});

	test('compares the versions chosen in its form', async ({ page }) => {
		await page.goto(`${DIFF}&locale=en`);
		await page.locator('select#from').selectOption('2027-01-01');
		await page.locator('select#to').selectOption('2026-01-01');
		await page.getByRole('button', { name: 'Compare' }).click();
		await expect(page).toHaveURL(/from=2027-01-01&to=2026-01-01/);
		await expect(entry(page, 'fees', 'international_transfer').locator('li').first()).toHaveText(
			'Percent: lowered from 1.75% to 1.5%'
		);
		await expect(entry(page, 'destinations', 'BG')).toContainText('removed');
	});

	test('is a 404 for an unknown schedule or version', async ({ page }) => {
		expect((await page.goto('/schedules/nope/diff'))?.status()).toBe(404);
		expect((await page.goto('/schedules/wallet-standard/diff?from=1999-01-01'))?.status()).toBe(
			404
		);
	});
});

// /schedules, wallet-standard's first version and DIFF are checked with axe in both languages by
// firstScreen.test.ts, with every other page of its list.
test.describe('accessibility', () => {
	for (const locale of LOCALES) {
		for (const url of [
			'/schedules/wallet-standard/2027-01-01',
			'/schedules/bank-wire/2026-01-01',
			'/schedules/revolut-exchange/2026-01-01'
		]) {
			test(`${url} has no serious axe violations (${locale})`, async ({ browser }, info) => {
				const sep = url.includes('?') ? '&' : '?';
				expect(await seriousViolations(browser, info, `${url}${sep}locale=${locale}`)).toEqual([]);
			});
		}
	}
});
