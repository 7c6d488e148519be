import { expect, test } from '@playwright/test';

// Issue #12, items 3 and 4: usage fields where prices depend on them, allowance lines in words, and
// cheaper requests nearby with exact figures; with and without JavaScript, in both languages.
const REVOLUT =
	'/?schedule=revolut-exchange&profile=standard&destination=IE&currency=EUR&targetCurrency=USD&mode=send';
const WEDNESDAY = '2026-12-02T12:00:00Z';
const SATURDAY = '2026-12-05T12:00:00Z';

test('what was already sent is asked for, read as typed, and the allowance line says what it did', async ({
	page,
	javaScriptEnabled
}) => {
	await page.goto(`${REVOLUT}&at=${WEDNESDAY}&amount=500.00&locale=en`);
	const sent = page.getByLabel('Already sent in the last 30 days');
	await expect(sent).toBeVisible();
	await sent.fill('€800');
	if (!javaScriptEnabled) await page.getByRole('button', { name: 'Calculate' }).first().click();
	await expect(page.locator('[data-line=fair-usage]')).toHaveText('€3.00');
	await expect(page.locator('.breakdown')).toContainText(
		'1 % of 300.00 EUR above your 1,000.00 EUR 30-day allowance = 3.00; 200.00 EUR of it was left'
	);
	// The wallet's prices do not depend on usage: it asks nothing of the sort.
	await page.goto('/?schedule=wallet-standard&amount=100&locale=en');
	await expect(page.locator('#sentThisPeriod')).toHaveCount(0);
	await expect(page.locator('#transfersThisPeriod')).toHaveCount(0);
	await expect(page.locator('#speed')).toHaveCount(0);
});

test('the allowance line speaks Chinese on a Chinese page', async ({ page }) => {
	await page.goto(`${REVOLUT}&at=${WEDNESDAY}&amount=500.00&sentThisPeriod=800&locale=zh-CN`);
	await expect(page.getByLabel('过去 30 天内已汇出')).toHaveValue('800');
	await expect(page.locator('.breakdown')).toContainText(
		'超出您 30 天内 1,000.00 EUR 免费额度的 300.00 EUR 的 1% = 3.00；额度此前还剩 200.00 EUR'
	);
});

test('on a Saturday it says waiting for the weekend rate to end costs less, and by how much', async ({
	page
}) => {
	await page.goto(`${REVOLUT}&at=${SATURDAY}&amount=200.00&locale=en`);
	// The mark-up is on the rate: 200.00 paid, 200 × 1.1476 × 0.99 = 227.2248 received.
	await expect(page.locator('[data-field=total]')).toHaveText('€200.00');
	await expect(page.locator('[data-field=received]')).toHaveText('$227.22');
	await expect(page.getByTestId('hints').locator('[data-code=wait_for_window]')).toContainText(
		'Wait until Sunday 18:00 New York time'
	);
	await expect(page.getByTestId('hints')).toContainText('it costs €2.00 less');
	await page.goto(`${REVOLUT}&at=${SATURDAY}&amount=200.00&locale=zh-CN`);
	await expect(page.getByTestId('hints')).toContainText('等到纽约时间 周日 18:00');
	await expect(page.getByTestId('hints')).toContainText('费用少 €2.00');
	// On a Wednesday there is nothing to wait for.
	await page.goto(`${REVOLUT}&at=${WEDNESDAY}&amount=200.00&locale=en`);
	await expect(page.locator('[data-field=received]')).toBeVisible();
	await expect(page.getByTestId('hints')).toHaveCount(0);
});

test('sending a little less below a band edge is offered, and taking it prices the new amount', async ({
	page
}) => {
	await page.goto('/?schedule=moncash-ht&amount=500&locale=en');
	const hint = page.getByTestId('hints').locator('[data-code=send_less]');
	await expect(hint).toContainText(
		'Send HTG 499.99 instead of HTG 500.00: fees fall by HTG 10.00, for HTG 0.01 less sent.'
	);
	await hint.getByRole('link', { name: 'Send HTG 499.99' }).click();
	await expect(page.locator('[data-field=total]')).toHaveText('HTG 509.99');
	await expect(page.getByTestId('hints')).toHaveCount(0);
});

test('the review screen says what was already sent, which the price depends on', async ({
	page
}) => {
	await page.goto(
		`/review${REVOLUT.slice(1)}&at=${WEDNESDAY}&amount=500.00&sentThisPeriod=800&locale=en`
	);
	const where = page.getByTestId('what-goes-where');
	// An exchange inside the account goes nowhere: it says so, not "From Ireland to Ireland".
	await expect(where.locator('.route')).toHaveText('Within Ireland');
	await expect(where).toContainText('Already sent in the last 30 days');
	await expect(where).toContainText('€800.00');
});
