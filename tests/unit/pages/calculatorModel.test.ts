import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Dec } from '$lib/engine';
import { priceLocally, requestOf, rulesOf } from '$lib/present';
import { explainLine } from '$lib/words';
import { calculatorModel } from '$lib/server/pages';
import { loadRules } from '$lib/server';
import { USAGE_VECTORS } from '../../_lib/vectors';

const shipped = loadRules(fileURLToPath(new URL('../../../rules', import.meta.url)));
const usage = loadRules(join(USAGE_VECTORS, 'rules'));
const WEDNESDAY = '2026-12-02T12:00:00Z';
const SATURDAY = '2026-12-05T12:00:00Z';

const revolut = (extra: string, at = WEDNESDAY, locale: 'en' | 'zh-CN' = 'en') =>
	calculatorModel(
		new URLSearchParams(
			`schedule=revolut-exchange&profile=standard&destination=IE&currency=EUR&targetCurrency=USD&mode=send&at=${at}&${extra}`
		),
		{ rules: shipped, locale, now: Date.parse(at) }
	);

describe('the calculator and usage-priced schedules', () => {
	it('asks what was sent this period only where prices depend on it', () => {
		expect(revolut('amount=500').options.usage).toEqual({ sent: true, transfers: false });
		expect(revolut('amount=500').options.usagePeriod).toBe('rolling-30-days');
		const wallet = calculatorModel(new URLSearchParams('schedule=wallet-standard&amount=100'), {
			rules: shipped,
			locale: 'en',
			now: Date.parse(WEDNESDAY)
		});
		expect(wallet.options.usage).toEqual({ sent: false, transfers: false });
		expect(wallet.options.speeds).toEqual([]);
		expect(wallet.form.speed).toBe('');
	});

	it('prices what was already sent, read as a person types it, and explains the allowance', () => {
		const m = revolut('amount=500.00&sentThisPeriod=%E2%82%AC800');
		expect(m.quote?.request.sentThisPeriod).toBe('800');
		const line = m.quote!.senderLines.find((l) => l.id === 'fair-usage')!;
		expect(line.amount).toBe('3.00');
		expect(m.allowances['fair-usage']).toEqual({ amount: '1000.00', currency: 'EUR' });
		const context = { allowance: m.allowances['fair-usage'], period: m.options.usagePeriod };
		expect(explainLine(line, 'en', context)).toBe(
			'1 % of 300.00 EUR above your 1,000.00 EUR 30-day allowance = 3.00; 200.00 EUR of it was left'
		);
	});

	it('reads an allowance in EUR in the currency of a line in USD, at the mid rate', () => {
		const m = calculatorModel(
			new URLSearchParams(
				`schedule=revolut-exchange&profile=standard&destination=IE&currency=USD&targetCurrency=EUR&mode=send&at=${WEDNESDAY}&amount=2000.00`
			),
			{ rules: shipped, locale: 'en', now: Date.parse(WEDNESDAY) }
		);
		// The snapshot's USD per EUR (the schedule's base), times 1,000.00, in cents.
		const usdPerEur = shipped.rates.get('ecb')!.at(-1)!.rates.USD;
		expect(m.allowances['fair-usage']).toEqual({
			amount: new Dec('1000.00').times(usdPerEur).toFixed(2),
			currency: 'USD'
		});
	});

	it('offers sending a little less where a band ends just below the amount, and not where it would not pay', () => {
		const moncash = calculatorModel(new URLSearchParams('schedule=moncash-ht&amount=500'), {
			rules: shipped,
			locale: 'en',
			now: Date.parse(WEDNESDAY)
		});
		expect(moncash.hints.find((h) => h.code === 'send_less')).toMatchObject({
			amount: { amount: '499.99', currency: 'HTG' },
			givenUp: { amount: '0.01', currency: 'HTG' },
			saving: { amount: '10.00', currency: 'HTG' }
		});
		// 1,005.00 EUR is 5.00 above the allowance: 0.05 less in fees is not worth 5.00 less sent.
		expect(revolut('amount=1005.00').hints).toEqual([]);
	});

	it('offers waiting for the weekend rate to end, with the exact saving', () => {
		// 227.22 USD on Saturday (200 × 1.1476 × 0.99), 229.52 after: 2.30 USD more, 2.0041… EUR.
		const m = revolut('amount=200.00', SATURDAY);
		expect(m.quote?.senderLines.map((l) => l.id)).toEqual(['fair-usage']);
		expect(m.quote?.total?.amount).toBe('200.00');
		const wait = m.hints.find((h) => h.code === 'wait_for_window');
		expect(wait).toMatchObject({
			code: 'wait_for_window',
			timeZone: 'America/New_York',
			until: '2026-12-06T23:00:00Z',
			saving: { amount: '2.00', currency: 'EUR' }
		});
	});

	it('reads the transfers made as a person types them', () => {
		const m = calculatorModel(
			new URLSearchParams(
				'schedule=vector-usage&type=transfer&funding=bank_account&destination=MX&currency=USD&mode=send&amount=100&transfersThisPeriod=%EF%BC%93'
			),
			{ rules: usage, locale: 'en', now: Date.parse(WEDNESDAY) }
		);
		expect(m.form.transfersThisPeriod).toBe('３');
		expect(m.quote?.request.transfersThisPeriod).toBe(3);
	});

	it('offers the schedule’s speeds, named in the locale, the first by default', () => {
		const q = new URLSearchParams(
			'schedule=vector-usage&type=transfer&funding=bank_account&destination=MX&currency=USD&amount=100'
		);
		const m = calculatorModel(q, { rules: usage, locale: 'zh-CN', now: Date.parse(WEDNESDAY) });
		expect(m.options.speeds).toEqual([
			{ value: 'economy', label: '经济' },
			{ value: 'express', label: '加急' }
		]);
		expect(m.form.speed).toBe('economy');
		q.set('speed', 'express');
		const express = calculatorModel(q, { rules: usage, locale: 'en', now: Date.parse(WEDNESDAY) });
		expect(express.quote?.request.speed).toBe('express');
		q.set('speed', 'teleport');
		expect(
			calculatorModel(q, { rules: usage, locale: 'en', now: Date.parse(WEDNESDAY) }).form.speed
		).toBe('economy');
	});
});

describe('the calculator and the corridors priced with ["ecb", "nbp"]', () => {
	const NOW = Date.parse('2026-12-10T10:00:00Z');
	const page = (query: string) =>
		calculatorModel(new URLSearchParams(query), { rules: shipped, locale: 'en', now: NOW });

	it('takes the destination’s first currency from the schedule', () => {
		for (const [destination, currency] of [
			['GT', 'GTQ'],
			['NG', 'NGN'],
			['VN', 'VND'],
			['UA', 'UAH'],
			['MX', 'MXN']
		]) {
			const m = page(`schedule=wallet-standard&destination=${destination}`);
			expect(m.form.targetCurrency).toBe(currency);
			const offered = m.options.destinations.find((d) => d.value === destination)!;
			expect(offered.currencies[0]).toBe(currency);
		}
	});

	it('takes the new country’s currency without a word when the form was for another country', () => {
		// Without JavaScript the form sends the old currency with the new country.
		const picked = page('schedule=wallet-standard&destination=GT&targetCurrency=MXN&targetFor=MX');
		expect(picked.form.targetCurrency).toBe('GTQ');
		expect(picked.targetChanged).toBeNull();
		// A currency asked for that country itself is reported when it cannot be had there.
		for (const asked of ['', '&targetFor=GT']) {
			const m = page(`schedule=wallet-standard&destination=GT&targetCurrency=MXN${asked}`);
			expect(m.form.targetCurrency).toBe('GTQ');
			expect(m.targetChanged).toEqual({ from: 'MXN', to: 'GTQ' });
		}
	});

	it('prices in the browser, from the page’s payload, exactly as the server does', () => {
		for (const destination of ['GT', 'NG', 'VN', 'UA', 'HT', 'MX']) {
			for (const targetCurrency of ['', 'USD']) {
				const query = `schedule=wallet-standard&type=transfer&funding=debit_card&destination=${destination}&currency=USD&targetCurrency=${targetCurrency}&mode=send&amount=500`;
				const m = page(query);
				// What the browser gets: the payload as JSON.
				const payload = JSON.parse(JSON.stringify(m.engine));
				const local = priceLocally(rulesOf(payload), requestOf(m.form, 'en'), NOW);
				expect(local.quote).toEqual(m.quote);
				expect(local.upcoming).toEqual(m.upcoming);
				expect(JSON.stringify(local.quote)).toBe(JSON.stringify(m.quote));
			}
		}
		const gt = page(
			'schedule=wallet-standard&destination=GT&currency=USD&mode=send&amount=500'
		).quote!;
		expect(gt.rates).toEqual({
			source: 'nbp',
			asOf: '2022-05-11T12:15:00+02:00',
			tables: [
				{ asOf: '2022-05-11T12:15:00+02:00', table: '019/B/NBP/2022' },
				{ asOf: '2022-05-13T12:15:00+02:00', table: '092/A/NBP/2022' }
			]
		});
	});

	it('holds each source of the payload under its own name, as the server does', () => {
		const m = page('schedule=wallet-standard&destination=GT&amount=500');
		const rules = rulesOf(JSON.parse(JSON.stringify(m.engine)));
		expect([...rules.rates.keys()]).toEqual(['ecb', 'nbp']);
		for (const [, [s]] of rules.rates) expect(s.next).toBeUndefined();
		// So a version that names fewer sources is priced with those only, as on the server.
		const payload = JSON.parse(JSON.stringify(m.engine));
		payload.versions[1].schedule.rateSource = 'ecb';
		const local = priceLocally(rulesOf(payload), requestOf(m.form, 'en'), NOW);
		expect(local.quote?.rates?.source).toBe('nbp');
		expect(local.upcoming?.quote.notices.map((n) => n.code)).toContain('no_rate');
	});
});
