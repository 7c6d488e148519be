import { describe, expect, it } from 'vitest';
import { quote } from '$lib/quoting';
import { getRules, quoteOptions, pricingAt } from '$lib/server';
import { formFor, requestOf } from '$lib/present';
import { priceInBrowser } from '$lib/widget';

const NOW = Date.parse('2026-06-01T10:00:00Z');
const AMOUNTS = ['0.5', '100', '250.00', '999.99', '5000', '20000.5', '1e3', '0', '1.001', '12'];

describe('priceInBrowser', () => {
	const rules = getRules();

	it('gives the API’s quote for every destination, funding, mode and amount', () => {
		let compared = 0;
		for (const id of rules.schedules.keys()) {
			const pricing = pricingAt(rules, id, NOW)!;
			const s = pricing.schedule;
			for (const destination of Object.keys(s.destinations))
				for (const funding of Object.keys(s.funding))
					for (const mode of ['send', 'pay', 'receive'])
						for (const amount of AMOUNTS) {
							const { form } = formFor(s, { destination, funding, mode, amount });
							for (const locale of ['en', 'zh-CN'] as const) {
								const mine = priceInBrowser(pricing, form, { locale, now: NOW });
								const api = quote(rules, requestOf(form, locale), quoteOptions(NOW));
								if (api.ok) expect(mine).toEqual({ quote: api.quote, issues: [] });
								else {
									// The API's codes and paths, in the widget's own words for a person.
									const codes = (r: { issues: { path: unknown; code: string }[] }) =>
										r.issues.map(({ path, code }) => ({ path, code }));
									expect(mine.quote).toBeNull();
									expect(codes(mine)).toEqual(codes(api));
									for (const i of mine.issues) expect(i.message).toMatch(/^\S.*[.。]$/);
								}
								compared++;
							}
						}
		}
		expect(compared).toBeGreaterThan(2000);
	});

	it('gives the API’s quote for the corridors priced from a second rate source', () => {
		const december = Date.parse('2026-12-10T10:00:00Z');
		// As the element gets it: GET /api/v1/pricing's JSON.
		const pricing = JSON.parse(JSON.stringify(pricingAt(rules, 'wallet-standard', december)));
		expect(pricing.snapshot.next.source).toBe('nbp');
		for (const destination of ['GT', 'NG', 'VN', 'UA', 'HT', 'MX'])
			for (const mode of ['send', 'receive']) {
				const { form } = formFor(pricing.schedule, { destination, mode, amount: '250' });
				const api = quote(rules, requestOf(form, 'en'), quoteOptions(december));
				if (!api.ok) throw new Error('expected a quote');
				expect(priceInBrowser(pricing, form, { locale: 'en', now: december })).toEqual({
					quote: api.quote,
					issues: []
				});
			}
	});

	it('quotes nothing while the amount is empty', () => {
		const pricing = pricingAt(rules, 'wallet-standard', NOW)!;
		const { form } = formFor(pricing.schedule, {});
		expect(priceInBrowser(pricing, form, { locale: 'en', now: NOW })).toEqual({
			quote: null,
			issues: []
		});
	});

	it('does not change the form or the pricing data', () => {
		const pricing = pricingAt(rules, 'wallet-standard', NOW)!;
		const { form } = formFor(pricing.schedule, { amount: '100.00' });
		const before = JSON.stringify([pricing, form]);
		priceInBrowser(pricing, form, { locale: 'en', now: NOW });
		expect(JSON.stringify([pricing, form])).toBe(before);
	});
});
