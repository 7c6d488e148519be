import { expect, test, type Page } from '@playwright/test';
import type { QuoteResult } from '../../src/lib/engine';
import { formatMoney, type Locale } from '../../src/lib/words';
import { seriousViolations } from './axe';
import { hydrated } from './hydrated';

const BASE = {
	schedule: 'wallet-standard',
	type: 'transfer',
	funding: 'debit_card',
	destination: 'MX',
	currency: 'USD'
};

async function apiQuote(page: Page, request: Record<string, string>): Promise<QuoteResult> {
	const response = await page.request.post('/api/v1/quote', { data: request });
	expect(response.status()).toBe(200);
	return response.json();
}

async function fillAndSubmit(
	page: Page,
	locale: Locale,
	fields: Record<string, string>,
	mode: string
) {
	await page.goto(`/?locale=${locale}&schedule=${BASE.schedule}`);
	// With JavaScript, let the page hydrate first (hydration.test.ts covers choosing before it).
	await hydrated(page);
	for (const [id, value] of Object.entries(fields))
		await page.locator(`select#${id}`).selectOption(value);
	const amount = fields.amount ?? '250.00';
	if (await page.locator('input[name=mode][type=radio]').count()) {
		// Without JavaScript: one amount box, the mode as a choice, and a button that computes.
		await page.locator(`input[name=mode][value=${mode}]`).check();
		await page.locator('#amount').fill(amount);
		await page
			.getByRole('button', { name: locale === 'en' ? 'Calculate' : '计算' })
			.first()
			.click();
	} else if (mode === 'receive') {
		// With JavaScript: two linked boxes; typing in "Recipient gets" is the receive mode.
		await page.locator('#received-amount').fill(amount);
	} else {
		if (mode === 'pay') await page.locator('#pays-total').check();
		await page.locator('#amount').fill(amount);
	}
	await expect(page.locator('section.quote')).toBeVisible();
}

for (const locale of ['en', 'zh-CN'] as const) {
	for (const mode of ['send', 'pay', 'receive'] as const) {
		test(`the form in ${locale}, mode ${mode}, shows the API's numbers`, async ({ page }) => {
			const fields = {
				type: 'transfer',
				funding: 'debit_card',
				destination: 'MX',
				currency: 'USD'
			};
			await fillAndSubmit(page, locale, fields, mode);
			const amount = mode === 'receive' ? '250.00' : '250.00';
			const q = await apiQuote(page, { ...BASE, mode, amount, locale });
			const field = (name: string) => page.locator(`[data-field=${name}]`);
			await expect(field('principal')).toHaveText(formatMoney(q.principal!.amount, 'USD', locale));
			await expect(field('total')).toHaveText(formatMoney(q.total!.amount, 'USD', locale));
			await expect(field('received')).toHaveText(formatMoney(q.received!.amount, 'MXN', locale));
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe(mode);
		});
	}
}

test('a blocked corridor shows why, before the numbers, and offers no review', async ({ page }) => {
	await page.goto(
		'/?schedule=wallet-standard&type=transfer&funding=balance&destination=KP&currency=USD&mode=send&amount=100.00'
	);
	const block = page.locator('section.quote .notice.block').first();
	await expect(block).toBeVisible();
	await expect(page.locator('section.quote')).toHaveAttribute('data-allowed', 'false');
	await expect(page.getByRole('link', { name: 'Review before you send' })).toHaveCount(0);
});

test('a malformed amount is reported beside the field, once, in sentence case', async ({
	page
}) => {
	await page.goto(
		'/?schedule=wallet-standard&type=transfer&funding=balance&destination=MX&currency=USD&mode=send&amount=1e3'
	);
	const error = page.locator('#amount-error');
	await expect(error).toHaveAttribute('data-code', 'not_a_number');
	await expect(error).toHaveText(/^Enter an amount/);
	await expect(page.locator('[data-code=not_a_number]')).toHaveCount(1);
	await expect(page.locator('#amount')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('section.quote')).toHaveCount(0);
});

test('an amount with too many decimals is reported beside the field', async ({ page }) => {
	await page.goto(
		'/?schedule=wallet-standard&type=transfer&funding=balance&destination=MX&currency=USD&mode=send&amount=2.505'
	);
	await expect(page.locator('#amount-error')).toHaveAttribute('data-code', 'too_many_decimals');
	await expect(page.locator('#amount-error')).toHaveText(
		'USD amounts have at most 2 decimal places.'
	);
});

test('each line explains how it was worked out', async ({ page }) => {
	await page.goto(
		'/?schedule=wallet-standard&type=transfer&funding=debit_card&destination=MX&currency=USD&mode=send&amount=100.00'
	);
	// "How it was worked out", not the alert form above it, which is a <details> too.
	await page.locator('details.how > summary').click();
	await expect(page.locator('details.how[open]')).toContainText('% of 100.00 USD');
});

test('the language switch keeps the request', async ({ page }) => {
	await page.goto(
		'/?schedule=wallet-standard&type=transfer&funding=debit_card&destination=MX&currency=USD&mode=send&amount=100.00&locale=en'
	);
	await page.getByRole('link', { name: '简体中文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.locator('#amount')).toHaveValue('100.00');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('这笔转账要花多少钱？');
});

test('Accept-Language picks Chinese', async ({ browser }, info) => {
	const context = await browser.newContext({
		baseURL: info.project.use.baseURL,
		javaScriptEnabled: info.project.name !== 'no-js',
		locale: 'zh-CN',
		extraHTTPHeaders: { 'accept-language': 'zh-CN,zh;q=0.9' }
	});
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await context.close();
});

test('the review screen shows the Regulation E disclosure and confirms', async ({ page }) => {
	const query =
		'schedule=wallet-standard&type=transfer&funding=debit_card&payout=cash_pickup&destination=MX&currency=USD&mode=send&amount=100.00';
	await page.goto(`/review?${query}`);
	for (const label of [
		'Transfer Amount',
		'Transfer Fees',
		'Transfer Taxes',
		'Total',
		'Exchange Rate',
		'Other Fees',
		'Total to Recipient'
	])
		await expect(page.getByRole('rowheader', { name: label, exact: true }).first()).toBeVisible();
	await expect(page.getByText('Date Available')).toBeVisible();
	await expect(page.locator('[data-regE=euMarkup]')).toContainText('mark-up');
	await page.getByRole('button', { name: 'Confirm transfer' }).click();
	const token = (await page.getByTestId('token').inputValue()).trim();
	expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
	const ok = await page.request.post('/api/v1/quotes/verify', { data: { token } });
	expect(await ok.json()).toMatchObject({ valid: true, quote: { allowed: true } });
	const [payload, signature] = token.split('.');
	const flipped = `${payload.slice(0, -2)}${payload.at(-2) === 'A' ? 'B' : 'A'}${payload.at(-1)}.${signature}`;
	const bad = await page.request.post('/api/v1/quotes/verify', { data: { token: flipped } });
	expect(await bad.json()).toEqual({ valid: false, reason: 'tampered' });
});

// `/?locale=en` is checked by firstScreen.test.ts, with every other page of its list.
for (const url of [
	'/?locale=zh-CN&schedule=wallet-standard&type=transfer&funding=cash&destination=PH&currency=USD&mode=send&amount=100.00',
	'/review?schedule=wallet-standard&type=transfer&funding=balance&destination=GB&currency=USD&mode=send&amount=100.00&locale=zh-CN'
]) {
	test(`no serious accessibility violations on ${url}`, async ({ browser }, info) => {
		expect(await seriousViolations(browser, info, url)).toEqual([]);
	});
}

test('a blocked quote offers what would work instead, and the link prices it', async ({ page }) => {
	await page.goto(
		'/?schedule=wallet-standard&type=withdrawal&funding=debit_card&destination=US&currency=USD&mode=send&amount=100.00'
	);
	const first = page.locator('section.alternatives li').first();
	await expect(first).toHaveAttribute('data-change', JSON.stringify({ funding: 'balance' }));
	await first.getByRole('link').click();
	await expect(page.locator('section.quote')).toHaveAttribute('data-allowed', 'true');
	await expect(page.locator('select#funding')).toHaveValue('balance');
});

test('a known next version says what the transfer will cost then', async ({ page }) => {
	await page.goto(
		'/?schedule=wallet-standard&type=transfer&funding=debit_card&destination=MX&currency=USD&mode=send&amount=100.00&at=2026-12-10T10:00:00Z'
	);
	const next = await page.request.post('/api/v1/quote', {
		data: {
			schedule: 'wallet-standard',
			version: '2027-01-01',
			at: '2027-01-01T00:00:00Z',
			type: 'transfer',
			funding: 'debit_card',
			destination: 'MX',
			currency: 'USD',
			mode: 'send',
			amount: '100.00'
		}
	});
	const cost = (await next.json()).cost.total.amount;
	await expect(page.getByTestId('upcoming')).toContainText(`$${cost}`);
	await expect(page.getByTestId('upcoming')).toContainText('January 1, 2027');
});
