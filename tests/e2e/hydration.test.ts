import { expect, test } from '@playwright/test';
import type { QuoteResult } from '../../src/lib/engine';
import { formatMoney } from '../../src/lib/words';
import { hydrated } from './hydrated';

// A person on a slow connection may choose before the page's scripts have run: hydration must
// keep what they chose, not put back what the server rendered.
test('choices made before the scripts load survive hydration', async ({
	page,
	javaScriptEnabled
}) => {
	test.skip(!javaScriptEnabled, 'hydration needs JavaScript');
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/?locale=en&schedule=wallet-standard', { waitUntil: 'domcontentloaded' });
	await page.locator('select#funding').selectOption('bank_account');
	await page.locator('select#destination').selectOption('PH');
	await page.locator('input[name=mode][value=receive]').check();
	await page.locator('#amount').fill('1000');
	release();
	await hydrated(page);
	await expect(page.locator('input[type=search]')).toBeVisible(); // the hydrated calculator's
	await expect(page.locator('select#funding')).toHaveValue('bank_account');
	await expect(page.locator('select#destination')).toHaveValue('PH');
	await expect(page.locator('select#targetCurrency')).toHaveValue('PHP');
	// Hydrated, the amounts are two linked boxes: the receive mode's amount is the recipient's box.
	await expect(page.locator('input[type=hidden][name=mode]')).toHaveValue('receive');
	await expect(page.locator('#received-amount')).toHaveValue('1000');
	// The live result is for what is on the form.
	const response = await page.request.post('/api/v1/quote', {
		data: {
			schedule: 'wallet-standard',
			type: 'transfer',
			funding: 'bank_account',
			destination: 'PH',
			currency: 'USD',
			mode: 'receive',
			amount: '1000'
		}
	});
	const q = (await response.json()) as QuoteResult;
	await expect(page.locator('[data-field=received]')).toHaveText(
		formatMoney(q.received!.amount, 'PHP', 'en')
	);
	await expect(page.locator('[data-field=principal]')).toHaveText(
		formatMoney(q.principal!.amount, 'USD', 'en')
	);
	await expect.poll(() => new URL(page.url()).searchParams.get('funding')).toBe('bank_account');
});
