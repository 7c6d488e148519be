import { expect, test, type Page } from '@playwright/test';
import type { QuoteResult } from '../../src/lib/engine';
import { formatMoney, type Locale } from '../../src/lib/words';
import { seriousViolations, violationsOf } from './axe';
import { hydrated } from './hydrated';

// Issue 16, item 4: the corridors priced from the National Bank of Poland's tables. A person
// picks Guatemala, as for Mexico, with JavaScript on and off (the two projects), in both languages.

const LOCALES: Locale[] = ['en', 'zh-CN'];
const SCREENS = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
];
const TABLES: Record<Locale, string> = {
	en: 'National Bank of Poland (NBP), table 019/B/NBP/2022 of May 11, 2022 and table 092/A/NBP/2022 of May 13, 2022',
	'zh-CN':
		'波兰国家银行 2022年5月11日的 019/B/NBP/2022 号汇率表和2022年5月13日的 092/A/NBP/2022 号汇率表'
};
const OLD: Record<Locale, RegExp> = {
	en: /^The rate is \d+ years old; today’s will differ\.$/,
	'zh-CN': /^此汇率已有 \d+ 年；今天的汇率会有所不同。$/
};

async function apiQuote(page: Page, request: Record<string, string>): Promise<QuoteResult> {
	const response = await page.request.post('/api/v1/quote', { data: request });
	expect(response.status()).toBe(200);
	return response.json();
}

/** As a person would: the calculator as it opens, a country picked from the list, 500 typed. */
async function sendTo(page: Page, country: string, locale: Locale, js: boolean) {
	await page.goto(`/?locale=${locale}`);
	await hydrated(page);
	await page.locator('select#destination').selectOption(country);
	await page.locator('#amount').fill('500');
	if (!js)
		await page
			.getByRole('button', { name: locale === 'en' ? 'Calculate' : '计算' })
			.first()
			.click();
	await expect(page.locator('section.quote')).toBeVisible();
}

for (const locale of LOCALES) {
	for (const size of SCREENS) {
		test(`in ${locale} at ${size.width}, Guatemala is paid in quetzales, the answer first, as for Mexico`, async ({
			page,
			javaScriptEnabled
		}) => {
			await page.setViewportSize(size);
			await sendTo(page, 'GT', locale, javaScriptEnabled);
			await expect(page.locator('select#targetCurrency')).toHaveValue('GTQ');
			// The person chose only the country: nothing says a currency was replaced.
			await expect(page.locator('.calculator .notice.info')).toHaveCount(0);
			const q = await apiQuote(page, {
				schedule: 'wallet-standard',
				type: 'transfer',
				funding: 'balance',
				destination: 'GT',
				currency: 'USD',
				mode: 'send',
				amount: '500',
				locale
			});
			expect(q.request.targetCurrency).toBe('GTQ');
			const received = page.locator('[data-field=received]');
			const total = page.locator('[data-field=total]');
			await expect(received).toHaveText(formatMoney(q.received!.amount, 'GTQ', locale));
			await expect(total).toHaveText(formatMoney(q.total!.amount, 'USD', locale));
			for (const figure of [received, total]) {
				const box = (await figure.boundingBox())!;
				expect(box.y + box.height).toBeLessThanOrEqual(size.height);
				expect(box.x + box.width).toBeLessThanOrEqual(size.width);
			}
			const sizes = await page
				.locator('[data-field=received], [data-field=total], [data-field=cost]')
				.evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
			expect(sizes[0]).toBe(Math.max(...sizes));
			// The rate names both tables with their days, and says how old it is.
			await expect(page.locator('[data-field=rates]')).toHaveText(`· ${TABLES[locale]}`);
			await expect(page.getByTestId('stale-rate')).toHaveText(OLD[locale]);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(size.width);
		});
	}

	test(`in ${locale}, a quote to Guatemala has no serious axe violations`, async ({
		page,
		browser,
		javaScriptEnabled
	}, info) => {
		const url = `/?schedule=wallet-standard&destination=GT&currency=USD&mode=send&amount=500&locale=${locale}`;
		if (javaScriptEnabled) {
			await page.goto(url);
			await hydrated(page);
			await page
				.locator('details')
				.evaluateAll((els) => els.forEach((e) => e.setAttribute('open', '')));
			expect(await violationsOf(page)).toEqual([]);
		} else expect(await seriousViolations(browser, info, url)).toEqual([]);
	});
}

test('a long amount (Nigeria) stays on one line at 390, and is still the biggest number', async ({
	page,
	javaScriptEnabled
}) => {
	await page.setViewportSize(SCREENS[0]);
	await sendTo(page, 'NG', 'en', javaScriptEnabled);
	const received = page.locator('[data-field=received]');
	await expect(received).toHaveText(/^NGN\s[\d,]+\.\d\d$/);
	const { height, line } = await received.evaluate((e) => ({
		height: e.getBoundingClientRect().height,
		line: parseFloat(getComputedStyle(e).lineHeight)
	}));
	expect(height).toBeLessThan(1.5 * line);
});

test('How this was priced names the tables and the age', async ({ page }) => {
	await page.goto(
		'/?schedule=wallet-standard&destination=GT&currency=USD&mode=send&amount=500&locale=en'
	);
	const priced = page.locator('details.priced');
	await expect(priced).toContainText(`Rates: ${TABLES.en} · `);
	await expect(priced).toContainText(/years old/);
	await expect(page.locator('[data-field=markup]')).toContainText(
		'than at the National Bank of Poland’s average rate'
	);
	await expect(page.locator('[data-code=reference_rate_nbp]')).toHaveCount(1);
	await expect(page.locator('[data-code=reference_rate]')).toHaveCount(0);
});

test('the review names the rate the mark-up is over', async ({ page }) => {
	await page.goto(
		'/review?schedule=wallet-standard&destination=GT&currency=USD&mode=send&amount=500&locale=en'
	);
	await expect(page.locator('[data-regE=euMarkup]')).toContainText(
		'over the National Bank of Poland’s average rate, as the European Central Bank publishes no rate for this currency'
	);
});

test('the comparison says the rates once, with both tables', async ({ page }) => {
	await page.goto(
		'/compare?schedule=wallet-standard&destination=GT&currency=USD&mode=send&amount=500&locale=en'
	);
	await expect(page.locator('[data-field=rates]')).toContainText(`Rates: ${TABLES.en} · `);
	await expect(page.locator('#targetCurrency')).toHaveValue('GTQ');
});

test('the version page lists both rate sources in order', async ({ page }) => {
	await page.goto('/schedules/wallet-standard/2026-12-06?locale=zh-CN');
	const rates = page.getByTestId('rates').locator('li');
	await expect(rates).toHaveCount(2);
	await expect(rates.first()).toHaveText('ECB 参考汇率，2026年3月13日');
	await expect(rates.last()).toContainText(TABLES['zh-CN']);
	await expect(page.locator('main')).toContainText('危地马拉 (GTQ或USD)');
});

test('the decoded receipt names the bank and its tables', async ({ page }) => {
	await page.goto(
		'/decode?sent=500.00&sentCurrency=USD&received=3700.00&receivedCurrency=GTQ&date=2026-12-01&destination=GT&locale=en'
	);
	await expect(page.locator('[data-reference]')).toContainText(`Reference: ${TABLES.en}, `);
});

test('decodes 100.00 USD that arrived as 770.00 GTQ, a 2.99 USD fee, on 13 May 2022', async ({
	page
}) => {
	const receipt =
		'sent=100.00&sentCurrency=USD&received=770.00&receivedCurrency=GTQ&fee=2.99&date=2022-05-13';
	// Worked out in tests/vectors/rates/worked.py: mid 4.4849 / 0.5773 = 7.76875…, effective 7.7.
	await page.goto(`/decode?${receipt}&locale=en`);
	await expect(page.locator('#decode-answer')).toHaveText(
		"Your bank's rate was 0.88% worse than the reference rate: the transfer cost you $3.87, 3.87% of what you sent."
	);
	await expect(page.locator('[data-reference]')).toContainText(TABLES.en);
	await page.goto(`/decode?${receipt}&locale=zh-CN`);
	await expect(page.locator('#decode-answer')).toContainText('您的银行汇率比参考汇率差 0.88%');
	await expect(page.locator('[data-reference]')).toContainText(TABLES['zh-CN']);
});

test('the embedded calculator gives quetzales for Guatemala and the rate’s day', async ({
	page
}) => {
	await page.goto('/embed?schedule=wallet-standard&destination=GT&currency=USD&amount=500.00');
	await expect(page.locator('select#targetCurrency')).toHaveValue('GTQ');
	await expect(page.locator('[data-field=received]')).toContainText('GTQ');
	await expect(page.locator('[data-field=exchangeRate]')).toContainText(
		'over the mid-market rate of May 11, 2022'
	);
});
