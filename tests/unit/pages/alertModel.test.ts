import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quote } from '$lib/quoting';
import { loadRules, quoteOptions } from '$lib/server';
import {
	alertToken,
	confirmAlert,
	createAlert,
	evaluateAlerts,
	firedEmail,
	parseAlert
} from '$lib/server/alerts';
import { alertModel } from '$lib/server/pages';
import { openStore, type Store } from '$lib/server/store';
import { ALERT_BODY, ALERT_REQUEST } from '../../_lib/alertBody';
import { PROJECT_ROOT } from '../../_lib/projectRoot';

const rules = loadRules(join(PROJECT_ROOT, 'rules'));
const NOW = Date.parse('2026-11-22T10:00:00Z');
const KEY = new Uint8Array(32).fill(7);
const price = (r: typeof ALERT_REQUEST) => {
	const out = quote(rules, r as never, quoteOptions(NOW));
	return out.ok ? out.quote : null;
};

let store: Store;
let id: string;
beforeAll(async () => {
	store = await openStore({ dataDir: 'memory://' });
	const parsed = parseAlert(ALERT_BODY, { rules, now: NOW });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	const made = await createAlert(store, parsed.alert, { now: NOW, client: '192.0.2.1' });
	if (!made.ok) throw new Error(made.code);
	id = made.id;
	await confirmAlert(store, id, NOW);
}, 60_000);
afterAll(() => store?.close());

const rt = () => ({ store, key: KEY, sendsEmail: false });
const model = (purpose: 'confirm' | 'manage', locale: 'en' | 'zh-CN' = 'en') =>
	alertModel(alertToken(id, purpose, Date.now(), KEY), purpose, { rules, locale, now: NOW }, rt());

describe('alertModel', () => {
	it('shows no figures before the alert first fires', async () => {
		expect(await model('manage')).toMatchObject({
			problem: null,
			lastTold: null,
			lastFigures: null
		});
	});

	it('shows on the manage page the figures of the last firing, as its email gave them, in English and Chinese', async () => {
		await evaluateAlerts(store, { now: NOW, price: price as never });
		const m = await model('manage');
		if (m.problem !== null) throw new Error(m.problem);
		const q = price(ALERT_REQUEST)!;
		const email = firedEmail(
			{
				request: ALERT_REQUEST as never,
				condition: { totalCostPercentAtMost: '100' },
				locale: 'en'
			},
			{ quote: q, pricedAt: new Date(NOW).toISOString() },
			{ rules, links: { manage: 'https://fees.example/m' } }
		);
		expect(m.lastFigures?.pricedAt).toBe('Nov 22, 2026, 10:00 AM UTC');
		expect(email.text).toContain('this is the price at Nov 22, 2026, 10:00 AM UTC');
		expect(m.lastFigures?.rows.map((r) => r[0])).toEqual([
			'You send',
			'You pay in total',
			'Recipient gets',
			'Total cost',
			'Exchange rate'
		]);
		for (const [label, value] of m.lastFigures!.rows)
			expect(email.text).toContain(`${label}: ${value}`);
		expect(m.lastFigures?.rows[2][1]).toMatch(/^MX\$[0-9,]+\.[0-9]{2}$/);

		const zh = await model('manage', 'zh-CN');
		if (zh.problem !== null) throw new Error(zh.problem);
		expect(zh.lastFigures?.rows[2][0]).toBe('收款人收到');
		expect(zh.lastFigures?.pricedAt).toMatch(/^2026年11月22日/);
		expect((await model('confirm')).problem).toBe(null);
		expect(await model('confirm')).toMatchObject({ lastFigures: null });
	});

	it('reads the quote of a message written before quotes were kept apart', async () => {
		const q = price(ALERT_REQUEST)!;
		await store.query(
			`UPDATE outbox SET priced_quote_id = NULL, payload = payload || jsonb_build_object('quote', $2::jsonb)
			 WHERE alert_id = $1 AND payload ->> 'kind' = 'fired'`,
			[id, JSON.stringify(q)]
		);
		const m = await model('manage');
		if (m.problem !== null) throw new Error(m.problem);
		expect(m.lastFigures?.rows[0]).toEqual(['You send', '$500.00']);
	});
});
