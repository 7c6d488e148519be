import { expect, test, type Page } from '@playwright/test';
import type { QuoteResult } from '../../src/lib/engine';
import { formatMoney, type Locale } from '../../src/lib/words';
import { seriousViolations, violationsOf } from './axe';
import { hydrated } from './hydrated';

// Issue 11: answer first, phone first, forgiving input, blocked means blocked — at 390 and 1280
// wide, in both languages, with JavaScript on and off (the two projects).

const LOCALES: Locale[] = ['en', 'zh-CN'];
const SCREENS = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
];
const REQUEST =
	'schedule=wallet-standard&type=transfer&funding=balance&destination=MX&currency=USD';
const PAGES = [
	'/',
	`/?${REQUEST}&mode=send&amount=500`,
	`/?${REQUEST.replace('MX', 'KP')}&mode=send&amount=500`,
	`/review?${REQUEST}&mode=send&amount=500`,
	`/compare?${REQUEST}&mode=send&amount=500`,
	'/schedules',
	'/schedules/wallet-standard/2026-01-01',
	'/schedules/wallet-standard/diff?from=2026-01-01&to=2027-01-01',
	'/embed',
	'/embed/builder',
	'/no-such-page'
];
const withLocale = (url: string, locale: Locale) =>
	`${url}${url.includes('?') ? '&' : '?'}locale=${locale}`;

async function apiQuote(page: Page, request: Record<string, string>): Promise<QuoteResult> {
	const response = await page.request.post('/api/v1/quote', { data: request });
	expect(response.status()).toBe(200);
	return response.json();
}

/** Types an amount as a person would: with JavaScript into the box, without by the form. */
async function typeAmount(page: Page, locale: Locale, text: string, js: boolean) {
	await page.goto(`/?${REQUEST}&locale=${locale}`);
	await hydrated(page);
	await page.locator('#amount').fill(text);
	if (!js)
		await page
			.getByRole('button', { name: locale === 'en' ? 'Calculate' : '计算' })
			.first()
			.click();
}

for (const locale of LOCALES) {
	for (const url of PAGES) {
		test(`${url} in ${locale} never scrolls sideways at 390 or 1280, and axe finds nothing serious`, async ({
			page,
			browser,
			javaScriptEnabled
		}, info) => {
			test.slow(); // the diff page is long: axe takes a while on it
			// Loaded once, at the narrow size, then widened: the layout follows the viewport.
			await page.setViewportSize(SCREENS[0]);
			await page.goto(withLocale(url, locale));
			await hydrated(page, { charts: true });
			for (const size of SCREENS) {
				await page.setViewportSize(size);
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(width, `${url} at ${size.width}`).toBeLessThanOrEqual(size.width);
			}
			// With JavaScript, axe checks this same page, hydrated; without, the page as a browser
			// without JavaScript shows it (axe itself needs JavaScript: seriousViolations).
			const violations = javaScriptEnabled
				? await violationsOf(page)
				: await seriousViolations(browser, info, withLocale(url, locale));
			expect(violations).toEqual([]);
		});
	}

	for (const size of SCREENS) {
		test(`in ${locale} at ${size.width}×${size.height}, what arrives and the total are on the first screen after typing 500`, async ({
			page,
			javaScriptEnabled
		}) => {
			await page.setViewportSize(size);
			await typeAmount(page, locale, '500', javaScriptEnabled);
			const q = await apiQuote(page, {
				schedule: 'wallet-standard',
				type: 'transfer',
				funding: 'balance',
				destination: 'MX',
				currency: 'USD',
				mode: 'send',
				amount: '500'
			});
			const received = page.locator('[data-field=received]');
			const total = page.locator('[data-field=total]');
			await expect(received).toHaveText(formatMoney(q.received!.amount, 'MXN', locale));
			await expect(total).toHaveText(formatMoney(q.total!.amount, 'USD', locale));
			for (const figure of [received, total]) {
				const box = (await figure.boundingBox())!;
				expect(box.y + box.height).toBeLessThanOrEqual(size.height);
				expect(box.x + box.width).toBeLessThanOrEqual(size.width);
			}
			// What arrives is the biggest number on the page.
			const sizes = await page
				.locator('[data-field=received], [data-field=total], [data-field=cost]')
				.evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
			expect(sizes[0]).toBe(Math.max(...sizes));
		});
	}
}

test.describe('forgiving amount input', () => {
	for (const [typed, amount] of [
		['1,000.50', '1000.50'],
		[' 200 ', '200'],
		['$200', '200'],
		['10,000', '10000'],
		['１２３', '123'],
		['200 USD', '200']
	]) {
		test(`"${typed}" prices ${amount}`, async ({ page, javaScriptEnabled }) => {
			await typeAmount(page, 'en', typed, javaScriptEnabled);
			const q = await apiQuote(page, {
				schedule: 'wallet-standard',
				type: 'transfer',
				funding: 'balance',
				destination: 'MX',
				currency: 'USD',
				mode: 'send',
				amount
			});
			await expect(page.locator('[data-field=received]')).toHaveText(
				formatMoney(q.received!.amount, 'MXN', 'en')
			);
			await expect(page.locator('#amount-error')).toHaveCount(0);
		});
	}

	test('"1000,50" in English asks instead of guessing, and the answer prices it', async ({
		page,
		javaScriptEnabled
	}) => {
		await typeAmount(page, 'en', '1000,50', javaScriptEnabled);
		const error = page.locator('#amount-error');
		await expect(error).toHaveAttribute('data-code', 'ambiguous');
		await expect(error).toContainText('Did you mean 1,000.50?');
		await expect(page.locator('section.quote')).toHaveCount(0);
		await error.getByRole('link', { name: 'Use 1,000.50' }).click();
		await expect(page.locator('[data-field=received]')).toBeVisible();
		await expect(page.locator('#amount-error')).toHaveCount(0);
	});

	test('the question is asked in Chinese on a Chinese page', async ({
		page,
		javaScriptEnabled
	}) => {
		await typeAmount(page, 'zh-CN', '1000,50', javaScriptEnabled);
		await expect(page.locator('#amount-error')).toContainText('您是指 1,000.50 吗？');
	});

	test('the API stays strict', async ({ page, javaScriptEnabled }) => {
		test.skip(!javaScriptEnabled, 'an API call: the page and its scripts play no part');
		const response = await page.request.post('/api/v1/quote', {
			data: {
				schedule: 'wallet-standard',
				type: 'transfer',
				funding: 'balance',
				destination: 'MX',
				currency: 'USD',
				mode: 'send',
				amount: '1,000.50'
			}
		});
		expect(response.status()).toBe(400);
		expect((await response.json()).issues[0].code).toBe('invalid_amount');
	});
});

test.describe('blocked means blocked', () => {
	for (const locale of LOCALES) {
		test(`a blocked corridor leads with the block, in ${locale}`, async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(`/?${REQUEST.replace('MX', 'KP')}&mode=send&amount=500&locale=${locale}`);
			const quote = page.locator('section.quote');
			await expect(quote).toHaveAttribute('data-allowed', 'false');
			const block = quote.locator('.notice.block').first();
			await expect(block).toBeVisible();
			await expect(block.locator('[data-code=sanctioned_destination] .help')).toBeVisible();
			// Nothing payable: no figures, no review, no next-version price.
			await expect(page.locator('[data-field=received], [data-field=total]')).toHaveCount(0);
			await expect(page.getByTestId('upcoming')).toHaveCount(0);
			await expect(page.locator('a[href^="/review"]')).toHaveCount(0);
			await expect(quote.locator('details.would')).not.toHaveAttribute('open');
			const top = (await block.boundingBox())!.y;
			const details = (await quote.locator('details.would').boundingBox())!.y;
			expect(top).toBeLessThan(details);
			expect(top).toBeLessThan(844);
		});
	}

	test('a limit reads as money, with what to do and the ways that would work', async ({ page }) => {
		await page.goto(`/?${REQUEST}&mode=send&amount=1000000`);
		const block = page.locator('section.quote .notice.block [data-code=above_maximum]');
		await expect(block).toContainText('$10,000.00');
		await expect(block).not.toContainText('10000.00 USD');
		await expect(block.locator('.help')).toBeVisible();
		await expect(page.locator('section.alternatives li').first()).toBeVisible();
	});
});

test('the rate says its date, and that today’s will differ', async ({ page }) => {
	await page.goto(`/?${REQUEST}&mode=send&amount=500`);
	await expect(page.locator('[data-field=exchangeRate]')).toContainText('March 13, 2026');
	await expect(page.getByTestId('stale-rate')).toHaveText(
		'The rate is from March 13, 2026; today’s will differ.'
	);
});

test('the review says what goes where, and after Confirm what the token is for', async ({
	page
}) => {
	await page.goto(`/review?${REQUEST}&mode=send&amount=500&locale=en`);
	const where = page.getByTestId('what-goes-where');
	await expect(where).toContainText('From United States to Mexico');
	await expect(where).toContainText('Standard Wallet');
	await expect(where).toContainText('Wallet balance');
	await page.getByRole('button', { name: 'Confirm transfer' }).click();
	await expect(page.getByText('What happens next')).toBeVisible();
	await expect(page.locator('section.confirmed')).toContainText('proof of the price');
});

test('the 404 page speaks Chinese on a Chinese request', async ({ page }) => {
	const response = await page.goto('/no-such-page?locale=zh-CN');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到该页面');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the builder accepts shop.example as an origin', async ({ page, javaScriptEnabled }) => {
	if (javaScriptEnabled) {
		await page.goto('/embed/builder?locale=en');
		await hydrated(page);
		await page.locator('#parentOrigin').fill('shop.example');
		await expect(page.getByTestId('origin-added')).toHaveText('Using https://shop.example.');
		// Live: no button to press.
		await expect(page.locator('#iframe-snippet')).toHaveValue(
			/parentOrigin=https%3A%2F%2Fshop\.example/
		);
		await page.locator('form.options #destination').selectOption('PH');
		await expect(page.locator('#element-snippet')).toHaveValue(/destination="PH"/);
	} else {
		await page.goto('/embed/builder?locale=en&parentOrigin=shop.example');
		await expect(page.locator('#iframe-snippet')).toHaveValue(
			/parentOrigin=https%3A%2F%2Fshop\.example/
		);
	}
	await page.goto('/embed/builder?locale=en&parentOrigin=https://shop.example/cart');
	await expect(page.locator('#parentOrigin-error')).toHaveAttribute('data-code', 'has_path');
});
