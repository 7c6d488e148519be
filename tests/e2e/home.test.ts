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

// On a phone the five pages sit on one line under the brand, whichever of them is current (in bold).
for (const locale of ['en', 'zh-CN']) {
	test(`the page links fit one line at 390 px on every page (${locale})`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		for (const path of ['/', '/compare', '/schedules', '/decode', '/embed/builder']) {
			await page.goto(`${path}?locale=${locale}`);
			const tops = await page
				.locator('nav.main a')
				.evaluateAll((links) => links.map((a) => (a as HTMLElement).offsetTop));
			expect(tops, path).toHaveLength(5);
			expect(new Set(tops).size, path).toBe(1);
		}
	});
}
