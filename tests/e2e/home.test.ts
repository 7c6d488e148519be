import { expect, test } from '@playwright/test';

test.describe('home page', () => {
	test('opens the calculator with the shipped schedules', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'What will this transfer cost?'
		);
		await expect(page.locator('select#schedule option')).toHaveCount(2);
	});
});
