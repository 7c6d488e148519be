import { test, type Page } from '@playwright/test';

/**
 * Waits until the app's scripts have hydrated the page (the root layout marks `<html>`), and with
 * `charts` until every chart on it is drawn (chart.js loads on demand). Without JavaScript there is
 * nothing to wait for.
 */
export async function hydrated(page: Page, { charts = false } = {}): Promise<void> {
	if (test.info().project.use.javaScriptEnabled === false) return;
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	if (charts)
		await page.waitForFunction(() =>
			[...document.querySelectorAll('canvas[data-chart]')].every((c) =>
				c.hasAttribute('data-drawn')
			)
		);
}
