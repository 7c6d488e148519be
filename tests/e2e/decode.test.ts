import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { hydrated } from './hydrated';

const RECEIPT =
	'sent=1000.00&sentCurrency=USD&received=16950.00&receivedCurrency=MXN&fee=5.00&date=2026-03-16';
const ANSWER_EN =
	"Your bank's rate was 4.89% worse than the reference rate: the transfer cost you $53.89, 5.39% of what you sent.";

async function open(page: Page, url: string) {
	await page.goto(url);
	await hydrated(page);
}

test.describe('/decode', () => {
	test('leads with the answer in words, the cost split and the reference rate used', async ({
		page
	}) => {
		await open(page, `/decode?${RECEIPT}&destination=MX`);
		await expect(page.locator('#decode-answer')).toHaveText(ANSWER_EN);
		await expect(page.getByText('What the cost is made of')).toBeVisible();
		await expect(page.getByText('Hidden in the exchange rate: $48.89')).toBeVisible();
		await expect(page.locator('[data-reference]')).toContainText('3 days 8 hours old');
		const link = page.getByRole('link', { name: 'Standard Wallet' });
		const href = new URL((await link.getAttribute('href'))!, 'http://x');
		expect(Object.fromEntries(href.searchParams)).toMatchObject({
			schedule: 'wallet-standard',
			mode: 'receive',
			amount: '16950.00',
			destination: 'MX',
			currency: 'USD',
			targetCurrency: 'MXN'
		});
	});

	test('decodes a receipt typed as people type it, by submitting the form', async ({ page }) => {
		await open(page, '/decode');
		await page.getByLabel('You sent', { exact: true }).fill('$1,000.00');
		await page.getByLabel('Currency sent', { exact: true }).selectOption('USD');
		await page.getByLabel('Recipient got', { exact: true }).fill(' 16,950 ');
		await page.getByLabel('Currency received', { exact: true }).selectOption('MXN');
		await page.getByLabel('Fee on the receipt', { exact: true }).fill('5');
		await page.getByLabel('Date of the transfer', { exact: true }).fill('2026-03-16');
		await page.getByRole('button', { name: 'Decode' }).press('Enter');
		await expect(page.locator('#decode-answer')).toHaveText(ANSWER_EN);
		await expect(page.getByLabel('You sent', { exact: true })).toHaveValue('$1,000.00');
	});

	test('puts a clear message beside a wrong field', async ({ page }) => {
		await open(
			page,
			'/decode?sent=abc&sentCurrency=USD&received=1&receivedCurrency=USD&date=2026-03-16'
		);
		await expect(page.locator('#sent-error')).toHaveAttribute('data-code', 'invalid_amount');
		await expect(page.locator('#receivedCurrency-error')).toHaveAttribute(
			'data-code',
			'same_currency'
		);
		await expect(page.getByLabel('You sent', { exact: true })).toHaveAttribute(
			'aria-invalid',
			'true'
		);
	});

	test('speaks Simplified Chinese', async ({ page }) => {
		await open(page, `/decode?${RECEIPT}&locale=zh-CN`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.locator('#decode-answer')).toContainText('您的银行汇率比参考汇率差 4.89%');
		await expect(page.locator('[data-reference]')).toContainText('3 天 8 小时');
	});

	for (const url of [
		'/decode',
		`/decode?${RECEIPT}&destination=MX`,
		`/decode?${RECEIPT}&locale=zh-CN`
	])
		test(`has no serious accessibility violations: ${url}`, async ({ browser }, info) => {
			expect(await seriousViolations(browser, info, url)).toEqual([]);
		});
});
