import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page, TestInfo } from '@playwright/test';

/**
 * Serious and critical axe violations of a page. axe needs JavaScript, so for the no-js project
 * the page is opened with the app's own scripts blocked: what a browser without JavaScript shows.
 */
export async function seriousViolations(
	browser: Browser,
	info: TestInfo,
	url: string
): Promise<string[]> {
	const context = await browser.newContext({
		javaScriptEnabled: true,
		baseURL: info.project.use.baseURL
	});
	try {
		if (info.project.name === 'no-js') await context.route('**/_app/**', (r) => r.abort());
		const page = await context.newPage();
		await page.goto(url);
		return await violationsOf(page);
	} finally {
		await context.close();
	}
}

/** Serious and critical axe violations of a page already open with JavaScript on. */
export async function violationsOf(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
