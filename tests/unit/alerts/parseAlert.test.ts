import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { conditionHolds, parseAlert } from '$lib/server/alerts';
import { loadRules } from '$lib/server';

const rules = loadRules(fileURLToPath(new URL('../../../rules', import.meta.url)));
const NOW = Date.parse('2026-11-22T10:00:00Z');
const REQUEST = {
	schedule: 'wallet-standard',
	type: 'transfer',
	funding: 'balance',
	destination: 'MX',
	currency: 'USD',
	mode: 'send',
	amount: '500.00'
};
const BODY = {
	request: REQUEST,
	email: 'ana@example.com',
	locale: 'en',
	condition: { recipientGetsAtLeast: { amount: '8800.00', currency: 'MXN' } }
};
const parse = (body: unknown, loopbackWebhooks = false) =>
	parseAlert(body, { rules, now: NOW, loopbackWebhooks });
const issuesOf = (body: unknown, loopback = false) => {
	const out = parse(body, loopback);
	if (out.ok) throw new Error('expected issues');
	return out.issues.map((i) => [i.path.join('.'), i.code]);
};

describe('parseAlert', () => {
	it('takes a request, an address and a condition, priced now, keyed by the canonical request', () => {
		const out = parse(BODY);
		if (!out.ok) throw new Error(JSON.stringify(out.issues));
		expect(out.alert).toEqual({
			request: REQUEST,
			requestKey:
				'{"amount":"500.00","currency":"USD","destination":"MX","funding":"balance","mode":"send","schedule":"wallet-standard","type":"transfer"}',
			condition: BODY.condition,
			email: 'ana@example.com',
			webhookUrl: null,
			locale: 'en'
		});
		expect(out.quote.received?.currency).toBe('MXN');
	});

	it('names each field that is wrong, in the alert’s language', () => {
		expect(
			issuesOf({ ...BODY, email: 'ana@', extra: 1, condition: { totalCostPercentAtMost: '2.5%' } })
		).toEqual([
			['extra', 'unknown_field'],
			['email', 'invalid_email'],
			['condition.totalCostPercentAtMost', 'invalid_percent']
		]);
		const zh = parse({ ...BODY, locale: 'zh-CN', email: 'x' });
		expect(!zh.ok && zh.issues[0].message).toBe('email 必须是电子邮件地址，例如 "ana@example.com"');
		expect(issuesOf({ ...BODY, email: undefined })).toEqual([['', 'contact_required']]);
		expect(issuesOf({ ...BODY, condition: {} })).toEqual([['condition', 'condition_required']]);
		expect(
			issuesOf({
				...BODY,
				condition: { recipientGetsAtLeast: { amount: '8800.001', currency: 'MXN' } }
			})
		).toEqual([['condition.recipientGetsAtLeast.amount', 'invalid_amount']]);
		expect(
			issuesOf({ ...BODY, condition: { totalCostAtMost: { amount: '5.00', currency: 'XXQ' } } })
		).toEqual([['condition.totalCostAtMost.currency', 'unknown_currency']]);
	});

	it('refuses a condition in another currency than its figure', () => {
		const out = parse({
			...BODY,
			condition: { recipientGetsAtLeast: { amount: '450.00', currency: 'USD' } }
		});
		expect(!out.ok && out.issues).toEqual([
			{
				path: ['condition', 'recipientGetsAtLeast', 'currency'],
				code: 'condition_currency',
				message:
					'condition.recipientGetsAtLeast.currency must be MXN, the currency the recipient gets'
			}
		]);
		expect(
			issuesOf({ ...BODY, condition: { totalCostAtMost: { amount: '5.00', currency: 'MXN' } } })
		).toEqual([['condition.totalCostAtMost.currency', 'condition_currency']]);
	});

	it('refuses an unknown schedule, a blocked transfer, a fixed instant and an amount that breaks the rules', () => {
		expect(issuesOf({ ...BODY, request: { ...REQUEST, schedule: 'nope' } })).toEqual([
			['request.schedule', 'unknown_schedule']
		]);
		expect(issuesOf({ ...BODY, request: { ...REQUEST, amount: '5.001' } })).toEqual([
			['request.amount', 'too_many_decimals']
		]);
		expect(issuesOf({ ...BODY, request: { ...REQUEST, at: '2026-11-22T10:00:00Z' } })).toEqual([
			['request.at', 'fixed_instant']
		]);
		const blocked = parse({ ...BODY, request: { ...REQUEST, amount: '999999.00' } });
		expect(!blocked.ok && blocked.issues.map((i) => i.code)).toEqual(['not_priceable']);
		expect(!blocked.ok && blocked.issues[0].message).toMatch(
			/^the request cannot be priced as it stands: /
		);
	});

	it('takes https webhooks, and loopback http only where allowed', () => {
		const hook = (url: string) => ({ ...BODY, email: undefined, webhook: { url } });
		expect(parse(hook('https://example.com/hook')).ok).toBe(true);
		expect(issuesOf(hook('http://example.com/hook'))).toEqual([
			['webhook.url', 'invalid_webhook_url']
		]);
		expect(issuesOf(hook('http://127.0.0.1:9/hook'))).toEqual([
			['webhook.url', 'invalid_webhook_url']
		]);
		expect(parse(hook('http://127.0.0.1:9/hook'), true).ok).toBe(true);
		expect(issuesOf(hook('https://user:pw@example.com/'))).toEqual([
			['webhook.url', 'invalid_webhook_url']
		]);
	});
});

describe('conditionHolds', () => {
	const out = parse(BODY);
	if (!out.ok) throw new Error('no quote');
	const q = out.quote;
	const received = q.received!.amount;
	const cost = q.cost!;

	it('compares exactly, at the last minor unit', () => {
		expect(conditionHolds({ recipientGetsAtLeast: { amount: received, currency: 'MXN' } }, q)).toBe(
			true
		);
		const above = (BigInt(received.replace('.', '')) + 1n).toString();
		const oneMore = `${above.slice(0, -2)}.${above.slice(-2)}`;
		expect(conditionHolds({ recipientGetsAtLeast: { amount: oneMore, currency: 'MXN' } }, q)).toBe(
			false
		);
		expect(
			conditionHolds({ totalCostAtMost: { amount: cost.total.amount, currency: 'USD' } }, q)
		).toBe(true);
		expect(conditionHolds({ totalCostPercentAtMost: cost.percent }, q)).toBe(true);
		expect(conditionHolds({ totalCostPercentAtMost: '0' }, q)).toBe(false);
	});

	it('is never met by a blocked quote', () => {
		expect(conditionHolds({ totalCostPercentAtMost: '100' }, { ...q, allowed: false })).toBe(false);
	});
});
