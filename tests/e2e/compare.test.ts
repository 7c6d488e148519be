import { expect, test, type Locator, type Page } from '@playwright/test';
import { Dec, type QuoteResult } from '../../src/lib/engine';
import { compareText, formatMoney, formatNumber, type Locale } from '../../src/lib/words';
import { seriousViolations } from './axe';
import { hydrated } from './hydrated';

const BASE =
	'schedule=wallet-standard&type=transfer&funding=debit_card&payout=wallet&origin=US&destination=MX&currency=USD&mode=send&amount=250.00';

type Schedule = {
	funding: Record<string, unknown>;
	payouts?: Record<string, unknown>;
	destinations: Record<string, unknown>;
};

/** Each preset with a query, and the values it compares, read from the schedule in force. */
const PRESETS = [
	{ preset: 'ways-to-pay', query: BASE, values: (s: Schedule) => Object.keys(s.funding) },
	{
		preset: 'home-abroad',
		query: `${BASE}&countries=MX&countries=IN&countries=KP`,
		values: () => ['US', 'MX', 'IN', 'KP']
	},
	{ preset: 'ways-to-receive', query: BASE, values: (s: Schedule) => Object.keys(s.payouts!) },
	{ preset: 'destinations', query: BASE, values: (s: Schedule) => Object.keys(s.destinations) },
	{
		preset: 'providers',
		query:
			'schedule=wallet-standard&type=transfer&funding=bank_account&origin=DE&destination=US&currency=EUR&mode=send&amount=2000.00',
		values: () => ['wallet-standard', 'bank-wire']
	}
] as const;

/** The schedule version a quote was priced with, as the API serves it. */
async function scheduleOf(page: Page, q: QuoteResult): Promise<Schedule> {
	const response = await page.request.get(
		`/api/v1/schedules/${q.schedule.id}/${q.schedule.version}`
	);
	expect(response.status()).toBe(200);
	return response.json();
}

async function apiQuote(page: Page, request: Record<string, string>): Promise<QuoteResult> {
	const response = await page.request.post('/api/v1/quote', { data: request });
	expect(response.status()).toBe(200);
	return response.json();
}

/** The request a row stands for: its link opens the calculator with exactly that query. */
async function requestOf(row: Locator): Promise<Record<string, string>> {
	const href = await row.locator('th a').getAttribute('href');
	return Object.fromEntries(new URL(href!, 'http://x').searchParams);
}

/** Checks a row's numbers against the same request quoted on its own by the API. */
async function expectRowMatchesApi(page: Page, row: Locator, locale: Locale): Promise<QuoteResult> {
	const q = await apiQuote(page, await requestOf(row));
	const t = compareText[locale];
	await expect(row).toHaveAttribute('data-allowed', String(q.allowed));
	if (q.allowed) {
		const m = (x: { amount: string; currency: string }) =>
			formatMoney(x.amount, x.currency, locale);
		await expect(row.locator('[data-field=total]')).toHaveText(m(q.total!));
		await expect(row.locator('[data-field=received]')).toHaveText(m(q.received!));
		await expect(row.locator('[data-field=cost]')).toContainText(m(q.cost!.total));
		await expect(row.locator('[data-field=percent]')).toHaveText(
			t.pct(formatNumber(q.cost!.percent, locale))
		);
	} else {
		for (const n of q.notices.filter((x) => x.severity === 'block'))
			await expect(row.locator(`.reason[data-code=${n.code}]`)).toHaveText(n.message);
	}
	return q;
}

/** A few rows of the ranked table: the first three and the last two. */
async function someRows(page: Page): Promise<Locator[]> {
	const rows = page.locator('table.ranked tbody tr');
	const n = await rows.count();
	const picked = [...new Set([0, 1, 2, n - 2, n - 1].filter((i) => i >= 0 && i < n))];
	return picked.map((i) => rows.nth(i));
}

for (const { preset, query, values } of PRESETS) {
	test(`"${preset}" ranks the same quotes the API makes one by one`, async ({ page }) => {
		await page.goto(`/compare?${query}&preset=${preset}&locale=en`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare ways to send');
		await expect(page.locator(`input[name=preset][value=${preset}]`)).toBeChecked();
		const quotes: QuoteResult[] = [];
		for (const row of await someRows(page)) quotes.push(await expectRowMatchesApi(page, row, 'en'));
		const compared = await page
			.locator('table.ranked tbody tr')
			.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-value')));
		const expected = values(await scheduleOf(page, quotes[0]));
		expect([...compared].sort()).toEqual([...expected].sort());

		// Ranked: allowed cheapest first, blocked last; the cheapest marked with words, not colour.
		const allowed = quotes.filter((q) => q.allowed).map((q) => new Dec(q.cost!.total.amount));
		for (let i = 1; i < allowed.length; i++) expect(allowed[i].gte(allowed[i - 1])).toBe(true);
		const first = page.locator('table.ranked tbody tr').first();
		await expect(first).toHaveAttribute('data-cheapest', 'true');
		await expect(first.locator('[data-badge=cheapest]')).toHaveText('Cheapest');
		for (const row of await page.locator('table.ranked tbody tr[data-cheapest]').all())
			await expect(row.locator('[data-field=cost]')).toContainText(
				formatMoney(quotes[0].cost!.total.amount, quotes[0].cost!.total.currency, 'en')
			);
	});
}

test('"providers" prices USD to Mexico with each provider’s own choices and names those that do not serve it', async ({
	page
}) => {
	const query = `${BASE.replace('250.00', '500.00')}&preset=providers`;
	for (const locale of ['en', 'zh-CN'] as const) {
		await page.goto(`/compare?${query}&locale=${locale}`);
		const rows = page.locator('table.ranked tbody tr');
		await expect(rows).toHaveCount(2);
		expect(
			(await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-value')))).sort()
		).toEqual(['paypal-us-personal', 'wallet-standard']);
		for (const row of await rows.all()) {
			await expect(row).toHaveAttribute('data-allowed', 'true');
			await expectRowMatchesApi(page, row, locale);
		}
		const paypal = page.locator('tr[data-value=paypal-us-personal]');
		expect(await requestOf(paypal)).toMatchObject({ type: 'personal', funding: 'card' });
		await expect(paypal.locator('[data-field=detail]')).toBeVisible();
		const note = page.locator('[data-note=not_served]');
		await expect(note).toContainText(locale === 'en' ? 'Bank wire' : '银行电汇');
		await expect(note).toContainText(locale === 'en' ? 'United States' : '美国');
		await expect(note).not.toContainText('bank-wire');
		await expect(page.locator('[data-note=own_choices]')).toBeVisible();
	}
});

test('a blocked destination is greyed, ranked last and says why', async ({ page }) => {
	await page.goto(`/compare?${BASE}&preset=home-abroad&countries=KP&countries=PH&locale=en`);
	const rows = page.locator('table.ranked tbody tr');
	await expect(rows.first()).toHaveAttribute('data-value', 'US');
	await expect(rows.first().locator('th')).toContainText('United States (at home)');
	const kp = rows.last();
	await expect(kp).toHaveAttribute('data-value', 'KP');
	await expect(kp).toHaveClass(/blocked/);
	await expect(kp).toHaveCSS('background-color', 'rgb(243, 244, 247)');
	await expect(kp.locator('td.rank')).toHaveText('—');
	await expect(kp.locator('.why')).toHaveText('Not possible:');
	const q = await expectRowMatchesApi(page, kp, 'en');
	expect(q.notices[0].code).toBe('sanctioned_destination');
	// Blocked options are not drawn: the cost table equivalent leaves them out.
	await expect(page.locator('[data-table=bars] tbody tr[data-value=KP]')).toHaveCount(0);
});

test('a card-funded withdrawal is blocked with its reason', async ({ page }) => {
	await page.goto(`/compare?${BASE.replace('type=transfer', 'type=withdrawal')}&locale=en`);
	const card = page.locator('table.ranked tbody tr[data-value=debit_card]');
	await expect(card).toHaveAttribute('data-allowed', 'false');
	await expect(card.locator('.reason[data-code=card_withdrawal_blocked]')).toBeVisible();
	await expectRowMatchesApi(page, card, 'en');
	await expect(page.locator('table.ranked tbody tr').first()).toHaveAttribute(
		'data-value',
		'balance'
	);
});

test('puts the ranking first, under what it is priced for, and the form after it', async ({
	page
}) => {
	await page.goto(`/compare?${BASE}&preset=ways-to-pay&locale=en`);
	const asked = page.locator('[data-field=asked]');
	await expect(asked.locator('strong')).toHaveText(
		/^Sending \$[\d,]+\.\d\d from United States to Mexico$/
	);
	// In the page's order (and so the keyboard's): what is asked, the ranking, then the form.
	const order = await page.evaluate(() =>
		['[data-field=asked]', 'table.ranked', 'form.compare-form'].map((s) =>
			[...document.querySelectorAll('body *')].indexOf(document.querySelector(s)!)
		)
	);
	expect([...order].sort((a, b) => a - b)).toEqual(order);
	await asked.getByRole('link', { name: 'Change what is compared' }).click();
	await expect(page).toHaveURL(/#compare-form$/);
	await expect(page.locator('form.compare-form')).toBeInViewport();

	await page.goto(`/compare?${BASE}&preset=destinations&locale=zh-CN`);
	await expect(page.locator('[data-field=asked] strong')).toHaveText(
		/^从美国汇出 US\$[\d,]+\.\d\d$/
	);
});

test('the numbers match the API in Chinese too', async ({ page }) => {
	await page.goto(`/compare?${BASE}&preset=ways-to-receive&locale=zh-CN`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('比较汇款方式');
	for (const row of await someRows(page)) await expectRowMatchesApi(page, row, 'zh-CN');
	await expect(page.locator('[data-badge=cheapest]').first()).toHaveText('最便宜');
});

test('charts are drawn with JavaScript; their tables are there with and without', async ({
	page
}, info) => {
	await page.goto(`/compare?${BASE}&preset=ways-to-receive&locale=en`);
	const bars = page.locator('canvas[data-chart=bars]');
	const curve = page.locator('canvas[data-chart=curve]');
	if (info.project.name === 'js') {
		await expect(bars).toBeVisible();
		await expect(curve).toBeVisible();
		await expect(bars).toHaveAttribute('role', 'img');
		await expect(curve).toHaveAttribute('role', 'img');
		await expect(bars).toHaveAttribute('aria-label', /Stacked bar chart/);
		await expect(curve).toHaveAttribute('aria-label', /3 % and 5 %/);
	} else {
		await expect(bars).toHaveCount(0);
		await expect(curve).toHaveCount(0);
		await expect(page.locator('[data-table=bars] table')).toBeVisible();
		await expect(page.locator('[data-table=curve] table')).toBeVisible();
	}
	const split = page.locator('[data-table=bars] tbody tr');
	await expect(split).toHaveCount(3);
	const pickup = page.locator('[data-table=bars] tbody tr[data-value=cash_pickup]');
	const q = await apiQuote(page, {
		...Object.fromEntries(new URLSearchParams(BASE)),
		payout: 'cash_pickup'
	});
	await expect(pickup.locator('[data-part=total]')).toHaveText(
		formatMoney(q.cost!.total.amount, 'USD', 'en')
	);
	await expect(pickup.locator('[data-part=fees]')).toHaveText(
		formatMoney(q.transferFees!.amount, 'USD', 'en')
	);
	await expect(page.locator('[data-table=curve] tbody tr')).toHaveCount(60);
	const standard = page.locator('table[data-table=standard]');
	await expect(standard).toBeVisible();
	await expect(standard.locator('thead')).toContainText('USD 200');
	await expect(standard.locator('thead')).toContainText('USD 500');
	// At USD 200 in USD the standard amount is the quote of 200.00 itself.
	const at200 = await apiQuote(page, {
		...Object.fromEntries(new URLSearchParams(BASE)),
		payout: 'cash_pickup',
		amount: '200.00'
	});
	await expect(standard.locator('tbody tr[data-value=cash_pickup] td').first()).toContainText(
		formatMoney(at200.cost!.total.amount, 'USD', 'en')
	);
});

test('the form compares another preset, with or without JavaScript', async ({ page }) => {
	await page.goto(`/compare?${BASE}&locale=en`);
	// With JavaScript, let the page hydrate first: it would reset choices made before.
	await hydrated(page);
	await expect(page.locator('input[name=preset][value=ways-to-pay]')).toBeChecked();
	await page.locator('input[name=preset][value=home-abroad]').check();
	await page.locator('details.countries summary').click();
	await page.locator('input[name=countries][value=KP]').check();
	await page.getByRole('button', { name: 'Compare', exact: true }).click();
	await expect(page).toHaveURL(/preset=home-abroad/);
	await expect(page.locator('table.ranked tbody tr[data-value=KP]')).toHaveAttribute(
		'data-allowed',
		'false'
	);
	await expect(page.locator('table.ranked tbody tr').first()).toHaveAttribute('data-value', 'US');
});

test('the calculator links to the comparison of the same request', async ({ page }) => {
	await page.goto(`/?${BASE}&locale=en`);
	await page.getByRole('link', { name: 'Compare with other ways to send this' }).click();
	await expect(page).toHaveURL(/\/compare\?/);
	await expect(page.locator('input[name=preset][value=ways-to-pay]')).toBeChecked();
	await expect(page.locator('select#funding')).toHaveValue('debit_card');
	await expect(page.locator('select#destination')).toHaveValue('MX');
	await expect(page.locator('#amount')).toHaveValue('250.00');
	const mine = page.locator('table.ranked tbody tr[data-value=debit_card]');
	await expect(mine).toContainText('Your choice');
	await expectRowMatchesApi(page, mine, 'en');
});

test('a malformed amount is reported beside the field', async ({ page }) => {
	await page.goto(`/compare?${BASE.replace('250.00', '2.505')}&locale=en`);
	await expect(page.locator('[data-code=too_many_decimals]')).toBeVisible();
	await expect(page.locator('table.ranked')).toHaveCount(0);
});

test('chart.js loads only on the page that draws charts', async ({ page }, info) => {
	test.skip(info.project.name === 'no-js', 'no scripts run without JavaScript');
	// Only the addresses are collected while pages load: a response's body is gone once the page
	// navigates away, so the scripts are fetched again afterwards, outside the page.
	const urls: string[] = [];
	page.on('response', (r) => {
		if (r.url().endsWith('.js')) urls.push(r.url());
	});
	const bodies = (list: string[]) =>
		Promise.all(list.map(async (u) => (await page.request.get(u)).text()));
	await page.goto(`/?${BASE}&locale=en`);
	await expect(page.locator('section.quote')).toBeVisible();
	await page.waitForLoadState('networkidle');
	const home = await bodies(urls.splice(0));
	expect(home.length).toBeGreaterThan(0);
	expect(home.some((s) => s.includes('as LogarithmicScale'))).toBe(false);
	await page.goto(`/compare?${BASE}&locale=en`);
	await expect(page.locator('canvas[data-chart=curve]')).toBeVisible();
	await page.waitForLoadState('networkidle');
	const compare = await bodies(urls.splice(0));
	expect(compare.some((s) => s.includes('as LogarithmicScale'))).toBe(true);
});

for (const url of [
	`/compare?locale=en`,
	`/compare?${BASE}&preset=home-abroad&countries=KP&countries=IN&locale=en`,
	`/compare?${BASE}&preset=ways-to-receive&locale=zh-CN`,
	`/compare?${BASE}&preset=destinations&locale=zh-CN`
]) {
	test(`no serious accessibility violations on ${url}`, async ({ browser }, info) => {
		expect(await seriousViolations(browser, info, url)).toEqual([]);
	});
}
