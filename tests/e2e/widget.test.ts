import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { QuoteResult } from '../../src/lib/engine';
import { formatMoney } from '../../src/lib/words';
import { axe, seriousOf, seriousViolations } from './axe';
import { hydrated } from './hydrated';

// A plain HTML page on another origin (127.0.0.1, another port) embeds the app (127.0.0.1:4173, or E2E_PORT)
// the two ways the README describes, and records what the calculator tells it.

const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const REQUEST = {
	schedule: 'wallet-standard',
	type: 'transfer',
	funding: 'debit_card',
	destination: 'MX',
	currency: 'USD',
	mode: 'send'
};

let host: http.Server;
let hostOrigin = '';
const pages = new Map<string, string>();
let pageCount = 0;

/** Serves `html` from the host origin; returns its address. */
function hostPage(html: string): string {
	const path = `/page-${++pageCount}.html`;
	pages.set(
		path,
		`<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Shop</title></head>\n<body>\n<main>\n<h1>Send money home</h1>\n${html}\n</main>\n</body>\n</html>`
	);
	return hostOrigin + path;
}

test.beforeAll(async () => {
	host = http.createServer((req, res) => {
		const body = pages.get((req.url ?? '').split('?')[0]);
		res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(body ?? 'not found');
	});
	await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

async function apiQuote(
	request: APIRequestContext,
	fields: Record<string, string>
): Promise<QuoteResult> {
	const response = await request.get(`${APP}/api/v1/quote?${new URLSearchParams(fields)}`);
	expect(response.status()).toBe(200);
	return response.json();
}

const attributes = (a: Record<string, string>) =>
	Object.entries(a)
		.map(([k, v]) => (v === '' ? k : `${k}="${v}"`))
		.join(' ');

/** A page with the element and a script that keeps every event it dispatches. */
function elementPage(a: Record<string, string>): string {
	return hostPage(`<script type="module" src="${APP}/widget/fee-calculator.js"></script>
<fee-calculator ${attributes({ api: APP, ...a })}></fee-calculator>
<script>
	window.seen = { quote: [], confirm: [] };
	const element = document.querySelector('fee-calculator');
	element.addEventListener('quote', (e) => window.seen.quote.push(e.detail));
	document.addEventListener('confirm', (e) => window.seen.confirm.push(e.detail));
</script>`);
}

/** A page with the iframe and a script that keeps every message it receives. */
function framePage(query: Record<string, string>): string {
	return hostPage(`<script>
	window.messages = [];
	window.addEventListener('message', (e) => window.messages.push({ origin: e.origin, data: e.data }));
</script>
<iframe src="${APP}/embed?${new URLSearchParams(query)}" title="Fee calculator" width="100%" height="760"></iframe>`);
}

type Seen = {
	quote: QuoteResult[];
	confirm: { token: string; expiresAt: string; quote: QuoteResult }[];
};
type Message = { origin: string; data: { type: string; [k: string]: unknown } };
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen }).seen);
const messages = (page: Page, type: string) =>
	page.evaluate(
		(t) =>
			(window as unknown as { messages: Message[] }).messages.filter((m) => m.data?.type === t),
		type
	);

async function verified(request: APIRequestContext, token: string): Promise<QuoteResult> {
	const response = await request.post(`${APP}/api/v1/quotes/verify`, { data: { token } });
	const body = await response.json();
	expect(body.valid).toBe(true);
	return body.quote;
}

test.describe('the <fee-calculator> element on another origin', () => {
	test.skip(
		({ javaScriptEnabled }) => !javaScriptEnabled,
		'needs JavaScript: the widget is a script'
	);

	test('shows the API’s numbers, prices as the person types, and tells the page', async ({
		page,
		request
	}) => {
		const api: string[] = [];
		page.on('request', (r) => {
			if (r.url().startsWith(`${APP}/api/`)) api.push(new URL(r.url()).pathname);
		});
		await page.goto(elementPage({ ...REQUEST, amount: '100.00' }));
		const received = page.locator('fee-calculator [data-field=received]');
		const first = await apiQuote(request, { ...REQUEST, amount: '100.00' });
		await expect(received).toHaveText(formatMoney(first.received!.amount, 'MXN', 'en'));
		// The first result came after one request: the schedule and its rates, together.
		expect(api).toEqual(['/api/v1/pricing']);

		await page.locator('fee-calculator #amount').fill('250.00');
		const next = await apiQuote(request, { ...REQUEST, amount: '250.00' });
		await expect(received).toHaveText(formatMoney(next.received!.amount, 'MXN', 'en'));
		await expect(page.locator('fee-calculator [data-field=total]')).toHaveText(
			formatMoney(next.total!.amount, 'USD', 'en')
		);
		expect(api).toEqual(['/api/v1/pricing']);

		await expect.poll(async () => (await seen(page)).quote.at(-1)?.request.amount).toBe('250.00');
		const events = await seen(page);
		expect(events.quote.map((q) => q.received!.amount)).toEqual([
			first.received!.amount,
			...events.quote.slice(1, -1).map((q) => q.received!.amount),
			next.received!.amount
		]);
		const last = events.quote.at(-1)!;
		expect(last).toMatchObject({ allowed: true, total: next.total, received: next.received });
		expect(last.id).toMatch(/^[0-9a-f]{64}$/);
		expect(last.schedule).toEqual(next.schedule);
	});

	test('confirms with a signed token from the API and dispatches it', async ({ page, request }) => {
		await page.goto(elementPage({ ...REQUEST, amount: '120.00' }));
		await page.getByRole('button', { name: 'Confirm this quote' }).click();
		await expect(page.locator('fee-calculator [data-confirmed=done]')).toContainText('Confirmed');
		await expect.poll(async () => (await seen(page)).confirm.length).toBe(1);
		const [confirmation] = (await seen(page)).confirm;
		expect(confirmation.quote.request.amount).toBe('120.00');
		const signed = await verified(request, confirmation.token);
		expect(signed.received).toEqual(confirmation.quote.received);
		expect(Date.parse(confirmation.expiresAt)).toBeGreaterThan(Date.now());
	});

	test('speaks Chinese, compact and dark, in receive mode', async ({ page, request }) => {
		const attrs = { ...REQUEST, mode: 'receive', amount: '1000.00', locale: 'zh-CN' };
		await page.goto(elementPage({ ...attrs, theme: 'dark', compact: '' }));
		const q = await apiQuote(request, { ...REQUEST, mode: 'receive', amount: '1000.00' });
		await expect(page.locator('fee-calculator label[for=amount]')).toHaveText(
			'收款人收到的金额（MXN）'
		);
		await expect(page.locator('fee-calculator [data-field=total]')).toHaveText(
			formatMoney(q.total!.amount, 'USD', 'zh-CN')
		);
		await expect(page.locator('fee-calculator [data-field=received]')).toHaveText(
			formatMoney(q.received!.amount, 'MXN', 'zh-CN')
		);
		await expect(page.locator('fee-calculator select')).toHaveCount(0);
		await expect(page.getByRole('button', { name: '确认此报价' })).toBeVisible();
	});

	test('reports a malformed amount beside the field, in the API’s words', async ({ page }) => {
		await page.goto(elementPage({ ...REQUEST, amount: '100.00' }));
		await page.locator('fee-calculator #amount').fill('1e3');
		const error = page.locator('fee-calculator [data-code=invalid_amount]');
		await expect(error).toBeVisible();
		await expect(page.locator('fee-calculator #amount')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('fee-calculator [data-field=received]')).toHaveCount(0);
	});

	test('follows its attributes when the page changes them', async ({ page, request }) => {
		await page.goto(elementPage({ ...REQUEST, amount: '100.00' }));
		await expect(page.locator('fee-calculator [data-field=received]')).toBeVisible();
		await page.evaluate(() =>
			document.querySelector('fee-calculator')!.setAttribute('amount', '75')
		);
		const q = await apiQuote(request, { ...REQUEST, amount: '75' });
		await expect(page.locator('fee-calculator [data-field=received]')).toHaveText(
			formatMoney(q.received!.amount, 'MXN', 'en')
		);
	});

	test('can be used with the keyboard alone', async ({ page }) => {
		await page.goto(elementPage({ ...REQUEST, amount: '100.00' }));
		await expect(page.locator('fee-calculator [data-field=received]')).toBeVisible();
		const field = page.locator('fee-calculator #amount');
		await field.focus();
		await page.keyboard.press('Control+A');
		await page.keyboard.type('300');
		await expect.poll(async () => (await seen(page)).quote.at(-1)?.request.amount).toBe('300');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Confirm this quote' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect.poll(async () => (await seen(page)).confirm.length).toBe(1);
	});

	test('has no serious accessibility problems inside its shadow root', async ({ page }) => {
		await page.goto(elementPage({ ...REQUEST, amount: '100.00' }));
		await expect(page.locator('fee-calculator [data-field=received]')).toBeVisible();
		expect(await seriousOf(axe(page).include('fee-calculator'))).toEqual([]);
		await page.goto(
			elementPage({ ...REQUEST, amount: '100.00', locale: 'zh-CN', theme: 'dark', compact: '' })
		);
		await expect(page.locator('fee-calculator [data-field=received]')).toBeVisible();
		expect(await seriousOf(axe(page).include('fee-calculator'))).toEqual([]);
	});
});

test.describe('the element with usage, and when a quote is blocked', () => {
	test.skip(
		({ javaScriptEnabled }) => !javaScriptEnabled,
		'needs JavaScript: the widget is a script'
	);
	const EXCHANGE = { schedule: 'revolut-exchange', currency: 'EUR', amount: '500.00' };

	test('prices with the usage it is given, as the API does', async ({ page, request }) => {
		await page.goto(
			elementPage({ ...EXCHANGE, 'sent-this-period': '800.00', 'transfers-this-period': '3' })
		);
		const fields = {
			...EXCHANGE,
			type: 'exchange',
			funding: 'balance',
			destination: 'IE',
			mode: 'send'
		};
		const used = await apiQuote(request, {
			...fields,
			sentThisPeriod: '800.00',
			transfersThisPeriod: '3'
		});
		const fresh = await apiQuote(request, fields);
		expect(used.total!.amount).not.toBe(fresh.total!.amount);
		await expect(page.locator('fee-calculator [data-field=total]')).toHaveText(
			formatMoney(used.total!.amount, 'EUR', 'en')
		);
		await expect
			.poll(async () => (await seen(page)).quote.at(-1)?.request)
			.toMatchObject({ sentThisPeriod: '800.00', transfersThisPeriod: 3 });
		await page.getByRole('button', { name: 'Confirm this quote' }).click();
		await expect.poll(async () => (await seen(page)).confirm.length).toBe(1);
		const [confirmation] = (await seen(page)).confirm;
		expect((await verified(request, confirmation.token)).total).toEqual(used.total);
	});

	test('names a malformed usage attribute instead of pricing', async ({ page }) => {
		await page.goto(elementPage({ ...EXCHANGE, 'transfers-this-period': 'many' }));
		await expect(page.locator('fee-calculator [role=alert]')).toContainText(
			'transfers-this-period'
		);
		await expect(page.locator('fee-calculator [data-field=received]')).toHaveCount(0);
	});

	test('shows the provider’s support beside a block notice, in Chinese too', async ({ page }) => {
		const blocked = { schedule: 'moncash-ht', amount: '70000.00' };
		await page.goto(elementPage(blocked));
		const support = page.locator('fee-calculator [data-testid=support]');
		await expect(support).toContainText('Support:');
		await expect(support.locator('a[href="tel:202"]')).toHaveText('202');
		await expect(support).toContainText('Hours:');
		await page.goto(elementPage({ ...blocked, locale: 'zh-CN' }));
		await expect(support).toContainText('客服：');
		await expect(support).toContainText('服务时间：');
		await page.goto(elementPage({ ...blocked, amount: '500.00' }));
		await expect(page.locator('fee-calculator [data-field=received]')).toBeVisible();
		await expect(support).toHaveCount(0);
	});
});

test.describe('the /embed frame on another origin', () => {
	test.skip(
		({ javaScriptEnabled }) => !javaScriptEnabled,
		'the host page listens for messages with JavaScript'
	);

	test('shows the API’s numbers and posts its size, quotes and confirmation to the parent', async ({
		page,
		request
	}) => {
		await page.goto(framePage({ ...REQUEST, amount: '100.00', parentOrigin: hostOrigin }));
		const frame = page.frameLocator('iframe');
		const first = await apiQuote(request, { ...REQUEST, amount: '100.00' });
		await expect(frame.locator('[data-field=received]')).toHaveText(
			formatMoney(first.received!.amount, 'MXN', 'en')
		);
		await expect
			.poll(async () => (await messages(page, 'feecalc:resize')).length)
			.toBeGreaterThan(0);
		const [resize] = await messages(page, 'feecalc:resize');
		expect(resize.origin).toBe(APP);
		expect(resize.data.height).toBeGreaterThan(200);

		await frame.locator('#amount').fill('250.00');
		const next = await apiQuote(request, { ...REQUEST, amount: '250.00' });
		await expect(frame.locator('[data-field=received]')).toHaveText(
			formatMoney(next.received!.amount, 'MXN', 'en')
		);
		await expect
			.poll(
				async () =>
					((await messages(page, 'feecalc:quote')).at(-1)?.data.quote as QuoteResult)?.request
						.amount
			)
			.toBe('250.00');
		const quote = (await messages(page, 'feecalc:quote')).at(-1)!;
		expect(quote.origin).toBe(APP);
		expect((quote.data.quote as QuoteResult).received).toEqual(next.received);

		await frame.getByRole('button', { name: 'Confirm this quote' }).click();
		await expect.poll(async () => (await messages(page, 'feecalc:confirm')).length).toBe(1);
		const [confirm] = await messages(page, 'feecalc:confirm');
		expect(confirm.origin).toBe(APP);
		const signed = await verified(request, confirm.data.token as string);
		expect(signed.received).toEqual(next.received);
	});

	test('without a parent origin it still posts quotes, but offers no confirmation', async ({
		page,
		request
	}) => {
		await page.goto(framePage({ ...REQUEST, amount: '100.00', locale: 'zh-CN', compact: '' }));
		const frame = page.frameLocator('iframe');
		const q = await apiQuote(request, { ...REQUEST, amount: '100.00' });
		await expect(frame.locator('[data-field=received]')).toHaveText(
			formatMoney(q.received!.amount, 'MXN', 'zh-CN')
		);
		await expect
			.poll(async () => (await messages(page, 'feecalc:quote')).length)
			.toBeGreaterThan(0);
		await expect(frame.getByRole('button')).toHaveCount(0);
	});

	test('has no serious accessibility problems', async ({ browser }, info) => {
		expect(
			await seriousViolations(
				browser,
				info,
				`/embed?${new URLSearchParams({ ...REQUEST, amount: '100.00' })}`
			)
		).toEqual([]);
	});
});

test('the /embed frame calculates without JavaScript too', async ({ page, request }, info) => {
	test.skip(info.project.name !== 'no-js', 'with JavaScript the frame prices as the person types');
	await page.goto(`/embed?${new URLSearchParams({ ...REQUEST, locale: 'zh-CN', compact: '' })}`);
	await page.locator('#amount').fill('80.00');
	await page.getByRole('button', { name: '计算' }).click();
	const q = await apiQuote(request, { ...REQUEST, amount: '80.00' });
	await expect(page.locator('[data-field=received]')).toHaveText(
		formatMoney(q.received!.amount, 'MXN', 'zh-CN')
	);
	const url = new URL(page.url());
	expect(url.pathname).toBe('/embed');
	expect(Object.fromEntries(url.searchParams)).toMatchObject({
		locale: 'zh-CN',
		compact: '',
		destination: 'MX',
		amount: '80.00'
	});
	await expect(page.locator('header.site')).toHaveCount(0);
});

test('the /embed frame answers under the amount, on a phone’s first screen, with the transfer’s details after', async ({
	page,
	request,
	javaScriptEnabled
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`/embed?${new URLSearchParams({ ...REQUEST, amount: '200.00' })}`);
	await hydrated(page);
	const q = await apiQuote(request, { ...REQUEST, amount: '200.00' });
	const received = page.locator('[data-field=received]');
	await expect(received).toHaveText(formatMoney(q.received!.amount, 'MXN', 'en'));
	const box = (await received.boundingBox())!;
	expect(box.y + box.height).toBeLessThanOrEqual(844);
	// The order a keyboard and a screen reader follow too: the amount, the answer, the details.
	const order = await page.evaluate(() =>
		['#amount', '[data-field=received]', '#funding', '#destination'].map((s) =>
			[...document.querySelectorAll('#amount, [data-field=received], select')].indexOf(
				document.querySelector(s)!
			)
		)
	);
	expect(order).toEqual([...order].sort((a, b) => a - b));
	expect(order[0]).toBe(0);
	// A detail changed below the answer prices again: as the person chooses, or by the
	// Calculate button under the details without JavaScript.
	await page.locator('#funding').selectOption('balance');
	if (!javaScriptEnabled) await page.getByRole('button', { name: 'Calculate' }).last().click();
	const balance = await apiQuote(request, { ...REQUEST, funding: 'balance', amount: '200.00' });
	await expect(page.locator('[data-field=total]')).toHaveText(
		formatMoney(balance.total!.amount, 'USD', 'en')
	);
});

test('the /embed frame prices the usage in its address and shows support when blocked', async ({
	page,
	request
}) => {
	const fields = { schedule: 'revolut-exchange', currency: 'EUR', amount: '500.00' };
	await page.goto(`/embed?${new URLSearchParams({ ...fields, sentThisPeriod: '800.00' })}`);
	const q = await apiQuote(request, {
		...fields,
		type: 'exchange',
		funding: 'balance',
		destination: 'IE',
		mode: 'send',
		sentThisPeriod: '800.00'
	});
	await expect(page.locator('[data-field=total]')).toHaveText(
		formatMoney(q.total!.amount, 'EUR', 'en')
	);
	await page.goto('/embed?schedule=revolut-exchange&amount=500.00&sentThisPeriod=-1');
	await expect(page.locator('[role=alert]')).toContainText('sentThisPeriod');
	await page.goto('/embed?schedule=moncash-ht&amount=70000.00&locale=zh-CN');
	await expect(page.locator('[data-testid=support]')).toContainText('客服：');
	await expect(page.locator('[data-testid=support] a[href="tel:202"]')).toBeVisible();
});

test.describe('who may frame the app', () => {
	test('only /embed may be framed, and every page has a content security policy', async ({
		request
	}) => {
		for (const path of ['/', '/embed/builder', '/review', '/api/v1/health']) {
			const response = await request.get(path, { maxRedirects: 0 });
			expect(response.headers()['x-frame-options'], path).toBe('DENY');
			expect(response.headers()['content-security-policy'], path).toContain(
				"frame-ancestors 'none'"
			);
		}
		const embed = await request.get('/embed');
		expect(embed.headers()['x-frame-options']).toBeUndefined();
		expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
		for (const path of ['/', '/embed', '/embed/builder']) {
			const csp = (await request.get(path)).headers()['content-security-policy'];
			expect(csp, path).toMatch(/default-src 'self'/);
			expect(csp, path).toMatch(/script-src 'self' 'nonce-[^']+'/);
		}
		const api = await request.get('/api/v1/pricing?schedule=wallet-standard');
		expect(api.headers()['access-control-allow-origin']).toBe('*');
	});

	test('a page on another origin can frame /embed, and not the rest of the app', async ({
		page
	}, info) => {
		test.skip(info.project.name === 'no-js', 'the frames are checked with JavaScript');
		await page.goto(
			hostPage(
				['/embed?schedule=wallet-standard', '/', '/embed/builder']
					.map((p, i) => `<iframe name="f${i}" src="${APP}${p}" title="frame ${i}"></iframe>`)
					.join('\n')
			)
		);
		await expect(page.frameLocator('iframe[name=f0]').locator('#amount')).toBeVisible();
		for (const name of ['f1', 'f2']) {
			await expect.poll(() => page.frame({ name })?.url()).toMatch(/^chrome-error:/);
			// Chromium shows its own error page instead of the app's.
			await expect(page.frameLocator(`iframe[name=${name}]`).locator('header.site')).toHaveCount(0);
		}
	});
});

test.describe('the embed builder', () => {
	test('says without JavaScript why the element shows nothing, in both languages', async ({
		page,
		javaScriptEnabled
	}) => {
		// Playwright's text assertions skip <noscript>: the paragraph inside it is asserted.
		const note = page.locator('#element-heading ~ .preview').first().locator('noscript p');
		await page.goto('/embed/builder?locale=en&amount=100');
		if (javaScriptEnabled) {
			await expect(page.locator('fee-calculator [data-field=received]').first()).toBeVisible();
			await expect(note).toHaveCount(0);
			return;
		}
		await expect(note).toHaveText(
			'The element needs JavaScript, which is off here; the iframe below works without it.'
		);
		await page.goto('/embed/builder?locale=zh-CN');
		await expect(note).toContainText('自定义元素需要 JavaScript');
	});

	const query = new URLSearchParams({
		...REQUEST,
		amount: '100.00',
		theme: 'dark',
		compact: '',
		parentOrigin: 'https://shop.example'
	});

	test('writes both snippets from the options chosen', async ({ page }) => {
		await page.goto(`/embed/builder?${query}`);
		const element = await page.locator('#element-snippet').inputValue();
		expect(element).toContain(
			`<script type="module" src="${APP}/widget/fee-calculator.js"></script>`
		);
		expect(element).toContain('schedule="wallet-standard"');
		expect(element).toContain('destination="MX"');
		expect(element).toContain('theme="dark"');
		expect(element).toMatch(/\tcompact\n><\/fee-calculator>/);
		const frame = await page.locator('#iframe-snippet').inputValue();
		expect(frame).toContain(`src="${APP}/embed?`);
		expect(frame).toContain('parentOrigin=https%3A%2F%2Fshop.example');
		await expect(page.locator('#destination')).toHaveValue('MX');
	});

	test('shows the element and the frame live, and copies a snippet', async ({
		page,
		context
	}, info) => {
		test.skip(info.project.name === 'no-js', 'the previews and the copy button need JavaScript');
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`/embed/builder?${query}`);
		await expect(page.locator('fee-calculator [data-field=received]')).toBeVisible();
		await expect(
			page.frameLocator('iframe.preview').locator('[data-field=received]')
		).toBeVisible();
		await page.getByRole('button', { name: 'Copy' }).first().click();
		await expect(page.getByRole('status').filter({ hasText: /Copied|Select/ })).toBeVisible();
	});

	test('has no serious accessibility problems', async ({ browser }, info) => {
		expect(await seriousViolations(browser, info, `/embed/builder?${query}`)).toEqual([]);
	});
	test('offers the usage where the schedule has a usage period, and writes it into both snippets', async ({
		page
	}) => {
		await page.goto('/embed/builder?schedule=wallet-standard');
		await expect(page.locator('#sentThisPeriod')).toHaveCount(0);
		await page.goto(
			'/embed/builder?schedule=revolut-exchange&sentThisPeriod=800.00&transfersThisPeriod=2'
		);
		await expect(page.locator('label[for=sentThisPeriod]')).toHaveText(
			'Already sent in the last 30 days (EUR)'
		);
		const element = await page.locator('#element-snippet').inputValue();
		expect(element).toContain('\tsent-this-period="800.00"\n\ttransfers-this-period="2"');
		const frame = await page.locator('#iframe-snippet').inputValue();
		expect(frame).toContain('sentThisPeriod=800.00&amp;transfersThisPeriod=2');
		await page.goto('/embed/builder?schedule=revolut-exchange&transfersThisPeriod=-2');
		await expect(page.locator('#transfersThisPeriod')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#transfersThisPeriod-error')).toContainText('transfers-this-period');
		expect(await page.locator('#element-snippet').inputValue()).not.toContain('transfers');
		expect(
			await seriousViolations(
				page.context().browser()!,
				test.info(),
				'/embed/builder?schedule=revolut-exchange&transfersThisPeriod=-2'
			)
		).toEqual([]);
	});
});

test('the widget’s script is served to any origin, at most 30 KB gzipped, with the files it loads', async ({
	request
}) => {
	const response = await request.get('/widget/fee-calculator.js', {
		headers: { origin: 'https://shop.example' }
	});
	expect(response.status()).toBe(200);
	expect(response.headers()['access-control-allow-origin']).toBe('*');
	expect(response.headers()['content-type']).toMatch(/^text\/javascript/);
	expect(response.headers()['cache-control']).toBe('public, max-age=300');
	const body = await response.body();
	const size = gzipSync(body, { level: 9 }).length;
	console.log(`/widget/fee-calculator.js: ${(size / 1024).toFixed(2)} KB gzipped (limit 30 KB)`);
	expect(size).toBeLessThanOrEqual(30 * 1024);
	// The Chinese texts and the engine's SHA-256, beside it, named by their content.
	// (Terser writes the dynamic imports with quotes, the minifier with backticks.)
	const files = [
		...body.toString().matchAll(/import\(["'`]\.\/(fee-calculator-[\w-]+\.js)["'`]\)/g)
	];
	expect(files.map((m) => m[1].replace(/-[\w-]{8}\.js$/, ''))).toEqual(
		expect.arrayContaining(['fee-calculator-zh-CN', 'fee-calculator-sha256Hex'])
	);
	for (const [, file] of files) {
		const apart = await request.get(`/widget/${file}`, {
			headers: { origin: 'https://shop.example' }
		});
		expect(apart.status()).toBe(200);
		expect(apart.headers()['access-control-allow-origin']).toBe('*');
		expect(apart.headers()['content-type']).toMatch(/^text\/javascript/);
		expect(apart.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	}
	expect((await request.get('/widget/fee-calculator-nothing.js')).status()).toBe(404);
});
