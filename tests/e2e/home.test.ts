import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';

// Every schedule folder shipped in rules/ is offered.
const SHIPPED = readdirSync(new URL('../../rules/schedules', import.meta.url));

test.describe('home page', () => {
	test('opens the calculator with the shipped schedules', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'What will this transfer cost?'
		);
		await expect(page.locator('select#schedule option')).toHaveCount(SHIPPED.length);
		expect(SHIPPED.length).toBeGreaterThanOrEqual(5);
	});
});
