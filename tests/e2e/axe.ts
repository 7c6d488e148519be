import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page, TestInfo } from '@playwright/test';

// One page per browser and project for these checks, kept from test to test: a new context and
// page for each check cost more than many checks do, and a page that has run axe before runs it
// faster. The app keeps nothing in the browser (no cookies, no storage), so each check is still a
// first visit.
const checkers = new WeakMap<Browser, Map<string, Promise<Page>>>();

function checker(browser: Browser, info: TestInfo): Promise<Page> {
	const mine = checkers.get(browser) ?? new Map<string, Promise<Page>>();
	checkers.set(browser, mine);
	const project = info.project.name;
	let page = mine.get(project);
	if (!page) {
		page = (async () => {
			const context = await browser.newContext({
				javaScriptEnabled: true,
				baseURL: info.project.use.baseURL
			});
			if (project === 'no-js') await context.route('**/_app/**/*.js', (r) => r.abort());
			return context.newPage();
		})();
		mine.set(project, page);
	}
	return page;
}

/**
 * Serious and critical axe violations of a page. axe needs JavaScript, so for the no-js project
 * the page is opened with the app's own scripts blocked (its styles load: contrast is checked on
 * the page as it looks): what a browser without JavaScript shows.
 */
export async function seriousViolations(
	browser: Browser,
	info: TestInfo,
	url: string
): Promise<string[]> {
	const page = await checker(browser, info);
	await page.goto(url);
	return violationsOf(page);
}

/**
 * axe for a page, run in the page itself (axe.run, its "legacy mode"). By default the builder
 * gathers each frame's results in a blank page it opens, injects axe into and closes again, at
 * every check: about 0.4 s of a check that takes 0.6 s on a short page. In the page, the same
 * rules run on the same nodes, same-origin frames included (the embed builder's preview is
 * one); only frames from another origin would be left out, and no page checked here has one.
 */
export const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode();

/** Serious and critical violations of an axe run (of `axe(page)`, narrowed as a check needs). */
export async function seriousOf(builder: AxeBuilder): Promise<string[]> {
	const { violations } = await builder.analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Serious and critical axe violations of a page already open with JavaScript on. */
export const violationsOf = (page: Page) => seriousOf(axe(page));
