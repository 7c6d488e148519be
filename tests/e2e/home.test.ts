import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';

test.describe('home page', () => {
	test('lists the shipped schedules with their versions', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fee calculator');
		await expect(page.getByText('wallet-standard')).toBeVisible();
		await expect(page.getByText('2027-01-01 from 2027-01-01T00:00:00Z')).toBeVisible();
	});

	test('has no serious accessibility violations', async ({ browser }, info) => {
		expect(await seriousViolations(browser, info, '/')).toEqual([]);
	});
});
