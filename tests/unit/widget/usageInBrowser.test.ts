import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromText, quote } from '$lib/quoting';
import { quoteOptions, loadRules, pricingAt } from '$lib/server';
import { requestOf, speedOptions } from '$lib/present';
import { confirmRequest, priceInBrowser, usageIssues, widgetForm } from '$lib/widget';
import { USAGE_VECTORS } from '../../_lib/vectors';

// The usage vectors' schedule declares speeds, a usage period, allowances, period tiers and support.
const rules = loadRules(join(USAGE_VECTORS, 'rules'));
const NOW = Date.parse('2026-03-20T10:00:00Z');
const pricing = pricingAt(rules, 'vector-usage', NOW)!;
const s = pricing.schedule;
const BASE = { destination: 'MX', currency: 'USD', mode: 'send', amount: '500.00' };
const api = (fields: Record<string, string>) => quote(rules, fromText(fields), quoteOptions(NOW));

describe('widgetForm', () => {
	it('takes a speed the schedule offers, else its first, and the usage as given', () => {
		expect(widgetForm(s, { ...BASE, speed: 'express' }).speed).toBe('express');
		expect(widgetForm(s, { ...BASE, speed: 'warp' }).speed).toBe('economy');
		expect(widgetForm(s, { ...BASE, speed: null }).speed).toBe('economy');
		const form = widgetForm(s, { ...BASE, sentThisPeriod: '800.00', transfersThisPeriod: '2' });
		expect(form).toMatchObject({ sentThisPeriod: '800.00', transfersThisPeriod: '2' });
		const plain = pricingAt(loadRules('rules'), 'wallet-standard', NOW)!.schedule;
		expect(widgetForm(plain, { speed: 'express' }).speed).toBe('');
	});

	it('names the speeds in the locale', () => {
		expect(speedOptions(s, 'zh-CN')).toEqual([
			{ value: 'economy', label: '经济' },
			{ value: 'express', label: '加急' }
		]);
	});

	it('asks for confirmation with transfersThisPeriod as a JSON integer', () => {
		const form = widgetForm(s, { ...BASE, amount: '1,000', transfersThisPeriod: '2' });
		expect(confirmRequest(form, 'en')).toMatchObject({
			amount: '1000',
			speed: 'economy',
			transfersThisPeriod: 2,
			locale: 'en'
		});
		expect(confirmRequest(widgetForm(s, BASE), 'en')).not.toHaveProperty('transfersThisPeriod');
	});
});

describe('priceInBrowser with a speed and usage', () => {
	it('gives the API’s quote for every speed, usage and mode', () => {
		let compared = 0;
		for (const speed of ['', 'economy', 'express'])
			for (const sentThisPeriod of ['', '0', '800.00', '2500'])
				for (const transfersThisPeriod of ['', '0', '2', '12'])
					for (const mode of ['send', 'pay', 'receive']) {
						const given = { ...BASE, mode, speed, sentThisPeriod, transfersThisPeriod };
						const form = widgetForm(s, given);
						const mine = priceInBrowser(pricing, form, { locale: 'en', now: NOW });
						const theirs = api(requestOf(form, 'en'));
						expect(theirs.ok).toBe(true);
						if (theirs.ok) expect(mine).toEqual({ quote: theirs.quote, issues: [] });
						compared++;
					}
		expect(compared).toBe(144);
	});

	it('prices usage the schedule charges for: a transfer past the allowance costs more', () => {
		const fee = (sentThisPeriod: string) =>
			priceInBrowser(pricing, widgetForm(s, { ...BASE, sentThisPeriod }), {
				locale: 'en',
				now: NOW
			}).quote!.transferFees?.amount;
		expect(fee('0')).not.toBe(fee('5000.00'));
	});

	it.each([
		['sentThisPeriod', '-5'],
		['sentThisPeriod', 'abc'],
		['sentThisPeriod', '1e3'],
		['sentThisPeriod', '1.234'],
		['sentThisPeriod', '1234567890123456'],
		['transfersThisPeriod', '-1'],
		['transfersThisPeriod', '2.5'],
		['transfersThisPeriod', 'two'],
		['transfersThisPeriod', '100001'],
		['transfersThisPeriod', '1234567']
	])('refuses %s %s with the API’s code, naming the attribute', (field, value) => {
		const form = widgetForm(s, { ...BASE, [field]: value });
		const theirs = api({ ...requestOf(form, 'en') });
		expect(theirs.ok).toBe(false);
		const code = !theirs.ok && theirs.issues.find((i) => i.path[0] === field)?.code;
		for (const locale of ['en', 'zh-CN'] as const) {
			const mine = priceInBrowser(pricing, form, { locale, now: NOW });
			expect(mine.quote).toBeNull();
			expect(mine.issues.map((i) => [i.path, i.code])).toEqual([[[field], code]]);
			const attribute = field === 'sentThisPeriod' ? 'sent-this-period' : 'transfers-this-period';
			expect(mine.issues[0].message.startsWith(`${attribute}: `)).toBe(true);
		}
		const framed = priceInBrowser(pricing, form, { locale: 'en', now: NOW, names: 'parameter' });
		expect(framed.issues[0].message.startsWith(`${field}: `)).toBe(true);
	});

	it('says what is wrong in words, with the currency’s decimals where that is it', () => {
		expect(
			usageIssues(
				{ sentThisPeriod: '1.234' },
				{ currency: 'USD', locale: 'en', names: 'attribute' }
			)[0].message
		).toBe('sent-this-period: USD amounts have at most 2 decimal places.');
		expect(
			usageIssues(
				{ transfersThisPeriod: 'x' },
				{ currency: 'USD', locale: 'zh-CN', names: 'parameter' }
			)[0].message
		).toBe('transfersThisPeriod: 请给出本期已办理的转账笔数，0 到 100000。');
		expect(
			usageIssues(
				{ sentThisPeriod: '0', transfersThisPeriod: '' },
				{ currency: 'USD', locale: 'en', names: 'attribute' }
			)
		).toEqual([]);
	});
});
