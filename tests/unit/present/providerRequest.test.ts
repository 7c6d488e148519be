import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRules } from '$lib/server';
import { providerRequest } from '$lib/present';

const rules = loadRules(fileURLToPath(new URL('../../../rules', import.meta.url)));
const latest = (id: string) => rules.schedules.get(id)!.at(-1)!.schedule;
const ASKED = {
	schedule: 'wallet-standard',
	type: 'transfer',
	funding: 'debit_card',
	payout: 'wallet',
	profile: 'verified',
	origin: 'US',
	destination: 'MX',
	currency: 'USD',
	targetCurrency: 'MXN',
	mode: 'send',
	amount: '500.00',
	locale: 'en'
};

describe('providerRequest', () => {
	it('keeps what the provider offers and names the schedule', () => {
		expect(providerRequest(latest('wallet-standard'), ASKED)).toEqual({
			ok: true,
			request: ASKED,
			changed: []
		});
	});

	it('leaves out a speed the provider does not offer, so its default speed prices it', () => {
		const out = providerRequest(latest('paypal-us-personal'), { ...ASKED, speed: 'express' });
		expect(out.ok && out.request.speed).toBe(undefined);
	});

	it('takes the provider’s own type and the nearest funding, and its own payout and profile', () => {
		const out = providerRequest(latest('paypal-us-personal'), ASKED);
		expect(out).toEqual({
			ok: true,
			request: {
				...ASKED,
				schedule: 'paypal-us-personal',
				type: 'personal',
				funding: 'card',
				payout: undefined,
				profile: undefined
			},
			changed: ['type', 'funding']
		});
		if (out.ok) expect(Object.keys(out.request)).not.toContain('payout');
		const bank = providerRequest(latest('paypal-us-personal'), {
			...ASKED,
			funding: 'bank_account'
		});
		expect(bank.ok && bank.request.funding).toBe('bank_account');
	});

	it.each([
		['bank-wire', {}, 'origin'],
		['bank-wire', { origin: 'DE' }, 'destination'],
		['bank-wire', { origin: 'DE', currency: 'JPY' }, 'currency'],
		['moncash-ht', {}, 'origin'],
		['revolut-exchange', {}, 'origin'],
		['wallet-standard', { targetCurrency: 'EUR' }, 'target_currency']
	])('says why %s does not serve %o: %s', (id, change, reason) => {
		expect(providerRequest(latest(id), { ...ASKED, ...change })).toEqual({ ok: false, reason });
	});

	it('does not change the request', () => {
		const asked = { ...ASKED };
		providerRequest(latest('paypal-us-personal'), asked);
		expect(asked).toEqual(ASKED);
	});
});
