import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Dec, midRates } from '$lib/engine';
import { quote } from '$lib/quoting';
import { loadRules, quoteOptions } from '$lib/server';
import { compareModel } from '$lib/server/pages';
import type { CompareModel } from '$lib/present';

const rules = loadRules(fileURLToPath(new URL('../../../rules', import.meta.url)));
const AT = '2026-11-22T10:00:00Z';
const NOW = Date.parse(AT);
const wallet = rules.schedules.get('wallet-standard')!.at(0)!.schedule;
const snapshot = rules.rates.get('ecb')!.at(-1)!;

const model = (query: string, locale: 'en' | 'zh-CN' = 'en'): CompareModel =>
	compareModel(new URLSearchParams(query), { rules, locale, now: NOW });

const BASE =
	'schedule=wallet-standard&type=transfer&funding=debit_card&payout=wallet&origin=US&destination=MX&currency=USD&mode=send&amount=250.00';

/** The quote of a row's calculator query, made on its own. */
function alone(query: string) {
	const request = Object.fromEntries(new URLSearchParams(query));
	const out = quote(rules, request, quoteOptions(NOW));
	if (!out.ok) throw new Error(JSON.stringify(out.issues));
	return out.quote;
}

describe('compareModel', () => {
	it('compares every way to pay by default, ranked, each row the quote made on its own', () => {
		const m = model(BASE);
		expect(m.preset).toBe('ways-to-pay');
		expect(m.key).toBe('funding');
		expect(m.rows.map((r) => r.value).sort()).toEqual(Object.keys(wallet.funding).sort());
		for (const r of m.rows) {
			const q = alone(r.query);
			expect(r.quote.total).toEqual(q.total);
			expect(r.quote.received).toEqual(q.received);
			expect(r.quote.cost).toEqual(q.cost);
		}
		const costs = m.rows.filter((r) => r.rank).map((r) => new Dec(r.quote.cost!.total.amount));
		for (let i = 1; i < costs.length; i++) expect(costs[i].gte(costs[i - 1])).toBe(true);
		expect(m.rows.find((r) => r.current)?.value).toBe('debit_card');
	});

	it('marks every option that costs as little as the cheapest, and only allowed ones', () => {
		const m = model(BASE.replace('funding=debit_card', 'funding=balance'));
		const least = m.rows[0].quote.cost!.total.amount;
		for (const r of m.rows)
			expect(r.cheapest).toBe(r.quote.allowed && r.quote.cost!.total.amount === least);
		expect(m.rows.filter((r) => r.cheapest).map((r) => r.value)).toEqual([
			'balance',
			'bank_account'
		]);
	});

	it('lists blocked options last, without a rank, with their block notices', () => {
		const m = model(`${BASE.replace('type=transfer', 'type=withdrawal')}&preset=ways-to-pay`);
		const blocked = m.rows.filter((r) => !r.quote.allowed);
		expect(blocked.map((r) => r.value).sort()).toEqual([
			'bank_account',
			'cash',
			'credit_card',
			'debit_card'
		]);
		expect(m.rows.slice(-blocked.length)).toEqual(blocked);
		for (const r of blocked) expect(r.rank).toBeNull();
		const card = blocked.find((r) => r.value === 'debit_card')!;
		expect(card.quote.notices.map((n) => n.code)).toContain('card_withdrawal_blocked');
	});

	it('compares at home with the chosen countries, at most five', () => {
		const m = model(`${BASE}&preset=home-abroad&countries=KP&countries=IN,PH`);
		expect(m.rows.map((r) => r.value).sort()).toEqual(['IN', 'KP', 'PH', 'US']);
		expect(m.rows[0]).toMatchObject({ value: 'US', domestic: true, cheapest: true });
		const kp = m.rows.find((r) => r.value === 'KP')!;
		expect(kp.quote.allowed).toBe(false);
		expect(kp.quote.notices[0].code).toBe('sanctioned_destination');

		const many = model(`${BASE}&preset=home-abroad&countries=MX,IN,PH,CN,GB,DE,FR&countries=US`);
		expect(many.countries).toEqual(['MX', 'IN', 'PH', 'CN', 'GB']);
		expect(many.notes).toContainEqual({ code: 'countries_limited', max: 5 });
		expect(many.rows).toHaveLength(6);

		const defaults = model(`${BASE}&preset=home-abroad`);
		expect(defaults.countries[0]).toBe('MX');
		expect(defaults.countries.length).toBeGreaterThan(1);
		expect(defaults.countries).not.toContain('US');
	});

	it('compares every destination and every payout', () => {
		const where = model(`${BASE}&preset=destinations`);
		expect(where.rows).toHaveLength(Object.keys(wallet.destinations).length);
		expect(where.curve!.dearest).toBe(true);
		const receive = model(`${BASE}&preset=ways-to-receive`);
		expect(receive.rows.map((r) => r.value).sort()).toEqual(Object.keys(wallet.payouts!).sort());
	});

	it('compares providers in one currency, each with its own payout and account defaults', () => {
		const m = model(
			'schedule=wallet-standard&type=transfer&funding=bank_account&origin=DE&destination=US&currency=EUR&mode=send&amount=2000.00&preset=providers'
		);
		expect(m.rows.map((r) => r.value).sort()).toEqual(['bank-wire', 'wallet-standard']);
		for (const r of m.rows) {
			expect(r.quote.allowed).toBe(true);
			expect(r.quote.cost!.total.currency).toBe('EUR');
			expect(alone(r.query).cost).toEqual(r.quote.cost);
		}
		const wire = m.rows.find((r) => r.value === 'bank-wire')!;
		expect(wire.query).not.toMatch(/payout=wallet|profile/);
	});

	it('prices USD to Mexico with each provider’s own type and funding, and names those that do not serve it', () => {
		for (const locale of ['en', 'zh-CN'] as const) {
			const m = model(`${BASE.replace('250.00', '500.00')}&preset=providers`, locale);
			expect(m.rows.map((r) => r.value)).toEqual(['wallet-standard', 'paypal-us-personal']);
			for (const r of m.rows) {
				expect(r.quote.allowed).toBe(true);
				expect(r.quote.notices.filter((n) => n.severity === 'block')).toEqual([]);
				expect(alone(r.query)).toMatchObject({ total: r.quote.total, received: r.quote.received });
			}
			const paypal = m.rows[1];
			expect(new URLSearchParams(paypal.query).get('type')).toBe('personal');
			expect(new URLSearchParams(paypal.query).get('funding')).toBe('card');
			expect(paypal.detail).toBeTruthy();
			expect(m.rows[0].detail).toBeUndefined();
			expect(m.notes).toContainEqual({ code: 'own_choices' });
			const note = m.notes.find((n) => n.code === 'not_served');
			expect(note).toBeDefined();
			if (note?.code === 'not_served') {
				expect(note.providers.map((p) => [p.reason, p.value])).toEqual([
					['origin', 'US'],
					['origin', 'US'],
					['origin', 'US']
				]);
				expect(note.providers.map((p) => p.label).join(' ')).not.toMatch(/[a-z]+-[a-z]+/);
			}
			expect(m.excluded).toEqual([]);
		}
	});

	it('sends the amount when countries are compared in receive mode, and defaults the amount', () => {
		const m = model(`${BASE.replace('mode=send', 'mode=receive')}&preset=destinations`);
		expect(m.form.mode).toBe('send');
		expect(m.notes).toContainEqual({ code: 'mode_changed' });
		const none = model('schedule=bank-wire&origin=DE&currency=EUR&destination=FR');
		const usd200 = new Dec(200).times(midRates(snapshot)('USD', 'EUR'));
		expect(none.form.amount).toBe(usd200.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toFixed(2));
		expect(none.notes[0]).toMatchObject({ code: 'amount_defaulted', currency: 'EUR' });
	});

	it('says what every option is priced for, as the amount was read, the country varied left out', () => {
		expect(model(BASE.replace('250.00', '$1,000')).asked).toEqual({
			mode: 'send',
			amount: '1000',
			currency: 'USD',
			origin: 'US',
			destination: 'MX'
		});
		const received = model(`${BASE.replace('mode=send', 'mode=receive')}&preset=ways-to-receive`);
		expect(received.asked).toMatchObject({ mode: 'receive', currency: 'MXN', destination: 'MX' });
		expect(model(`${BASE}&preset=destinations`).asked).toMatchObject({ destination: null });
		expect(model(BASE.replace('250.00', 'lots')).asked).toBeNull();
	});

	it('answers a malformed amount with its issue and no rows', () => {
		const m = model(BASE.replace('250.00', '2.505'));
		expect(m.rows).toEqual([]);
		expect(m.issues.map((i) => [i.path, i.code])).toEqual([
			[['request', 'amount'], 'too_many_decimals']
		]);
	});

	it('draws cost curves of at most five options from USD 10 to USD 10,000 with the standard amounts', () => {
		const m = model(
			'schedule=bank-wire&origin=DE&currency=EUR&destination=US&funding=bank_account&amount=100.00&preset=destinations'
		);
		const c = m.curve!;
		const eur = (usd: string) => new Dec(usd).times(midRates(snapshot)('USD', 'EUR'));
		expect(c.currency).toBe('EUR');
		expect(c.amounts).toHaveLength(60);
		expect(c.amounts[0]).toBe(eur('10').toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2));
		expect(c.amounts[59]).toBe(eur('10000').toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2));
		expect(c.markers).toEqual([
			{ usd: '200', amount: eur('200').toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2) },
			{ usd: '500', amount: eur('500').toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2) }
		]);
		expect(c.series.length).toBeGreaterThan(0);
		expect(c.series.length).toBeLessThanOrEqual(5);
		const drawn = new Set(c.series.map((s) => JSON.stringify(s.points)));
		expect(drawn.size).toBe(c.series.length);
		for (const s of c.series) {
			expect(s.points.map((p) => p.amount)).toEqual(c.amounts);
			expect(s.markers.map((p) => p.amount)).toEqual(c.markers.map((x) => x.amount));
		}
		const named = c.series.flatMap((s) => [s.label, ...s.alsoFor]);
		expect(new Set(named).size).toBe(named.length);
	});

	it('names options in the locale', () => {
		const m = model(`${BASE}&preset=home-abroad&countries=MX`, 'zh-CN');
		expect(m.rows.find((r) => r.value === 'MX')!.label).toBe('墨西哥');
	});
});

describe('the amount as people type it', () => {
	it.each(['250', '$250.00', ' 250 ', '250.00 USD', '２５０'])('prices %j as 250.00', (typed) => {
		const m = model(BASE.replace('amount=250.00', `amount=${encodeURIComponent(typed)}`));
		expect(m.issues).toEqual([]);
		expect(m.rows.find((r) => r.current)?.quote.total).toEqual(
			model(BASE).rows.find((r) => r.current)?.quote.total
		);
	});

	it('reports what it cannot read, in the API’s words', () => {
		const m = model(BASE.replace('amount=250.00', 'amount=2.505'));
		expect(m.issues.map((i) => i.code)).toEqual(['too_many_decimals']);
	});
});

describe('compareModel and the rates it priced with', () => {
	const DECEMBER = Date.parse('2026-12-10T10:00:00Z');
	const at = (query: string, locale: 'en' | 'zh-CN' = 'en') =>
		compareModel(new URLSearchParams(query), { rules, locale, now: DECEMBER });
	const NBP =
		'National Bank of Poland (NBP), table 019/B/NBP/2022 of May 11, 2022 and table 092/A/NBP/2022 of May 13, 2022 · 4 years old';

	it('says the rates once when every option converts with the same', () => {
		expect(at(BASE).rates).toEqual([
			{ text: 'ECB reference rates of March 13, 2026', labels: expect.any(Array) }
		]);
		const gt = at(BASE.replace('destination=MX', 'destination=GT'));
		expect(gt.form.targetCurrency).toBe('GTQ');
		expect(gt.rates.map((r) => r.text)).toEqual([NBP]);
		expect(gt.rates[0].labels).toHaveLength(gt.rows.length);
	});

	it('groups the options by the rates they converted with; one that does not convert has none', () => {
		const m = at(`${BASE}&preset=home-abroad&countries=MX,GT`);
		expect(m.rates).toEqual([
			{ text: 'ECB reference rates of March 13, 2026', labels: ['Mexico'] },
			{ text: NBP, labels: ['Guatemala'] }
		]);
		expect(at(`${BASE}&preset=home-abroad&countries=MX,GT`, 'zh-CN').rates[1].labels).toEqual([
			'危地马拉'
		]);
	});
});
