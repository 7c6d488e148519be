import { expect, test } from '@playwright/test';
import { violationsOf } from './axe';

// Issue #18: "Tell me when it gets better" under the calculator's answer, with and without
// JavaScript; the server has no SMTP here, so it says it does not send email.
const MX =
	'/?schedule=wallet-standard&type=transfer&funding=debit_card&destination=MX&currency=USD&mode=send&amount=500.00';

test('an alert is made from the answer, its condition pre-filled a little above today', async ({
	page,
	javaScriptEnabled
}) => {
	await page.goto(`${MX}&locale=en`);
	await page.locator('summary', { hasText: 'Tell me when it gets better' }).click();
	const amount = page.getByLabel('Amount (MXN)');
	await expect(amount).toHaveValue(/^[0-9,]+\.00$/);
	if (javaScriptEnabled) expect(await violationsOf(page)).toEqual([]);
	await page.getByLabel('Your email').fill(`ana.${javaScriptEnabled ? 'js' : 'nojs'}@example.com`);
	await page.getByRole('button', { name: 'Tell me' }).click();
	await expect(page.getByRole('status')).toContainText(
		`Almost done: we sent a link to ana.${javaScriptEnabled ? 'js' : 'nojs'}@example.com`
	);
	await expect(page.getByText('This server does not send email')).toBeVisible();
});

test('an amount it cannot read is said beside the field, in Chinese', async ({ page }) => {
	await page.goto(`${MX}&locale=zh-CN`);
	await page.locator('summary', { hasText: '价格变好时通知我' }).click();
	await page.getByLabel('金额（MXN）').fill('lots');
	await page.getByLabel('您的电子邮件').fill('ana@example.com');
	await page.getByRole('button', { name: '通知我' }).click();
	await expect(page.locator('#alert-amount-error')).toHaveText(
		'请用数字输入金额，例如 200 或 1,000.50。'
	);
});
