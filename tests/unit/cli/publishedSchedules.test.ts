// The shipped schedules modelled on published price lists, through the command line against
// rules/: every example the lists publish (issue 12), and more read off the same lists. In this
// process, as `run()`; tests/unit/cli/binary.test.ts holds the real binary to the same output.
import { describe, expect, it } from 'vitest';
import type { QuoteResult } from '$lib/engine';
import { feecalc } from '../../_lib/feecalc';

const WEDNESDAY = '2026-12-02T12:00:00Z';
const SATURDAY = '2026-12-05T12:00:00Z';

interface Case {
	name: string;
	args: string[];
	fees?: string;
	allowed?: boolean;
	codes?: string[];
	check?: (q: QuoteResult) => void;
}

const paypal = (funding: string, dest: string, send: string, extra: string[] = []) => [
	'--schedule',
	'paypal-us-personal',
	'--type',
	'personal',
	'--funding',
	funding,
	'--dest',
	dest,
	'--from',
	'USD',
	'--send',
	send,
	'--at',
	WEDNESDAY,
	...extra
];
const moncash = (send: string) => [
	'--schedule',
	'moncash-ht',
	'--type',
	'transfer',
	'--funding',
	'wallet',
	'--dest',
	'HT',
	'--from',
	'HTG',
	'--send',
	send,
	'--at',
	WEDNESDAY
];
const revolut = (profile: string, sent: string, send: string, at = WEDNESDAY, to = 'USD') => [
	'--schedule',
	'revolut-exchange',
	'--type',
	'exchange',
	'--funding',
	'balance',
	'--profile',
	profile,
	'--dest',
	'IE',
	'--from',
	'EUR',
	'--to',
	to,
	'--sent-this-period',
	sent,
	'--send',
	send,
	'--at',
	at
];

const CASES: Case[] = [
	// PayPal's published examples.
	{ name: 'PayPal domestic by card, 100.00', args: paypal('card', 'US', '100.00'), fees: '3.20' },
	{
		name: 'PayPal international from balance, 10.00',
		args: paypal('balance', 'MX', '10.00', ['--to', 'USD']),
		fees: '0.99'
	},
	{
		name: 'PayPal international from balance, 50.00',
		args: paypal('balance', 'MX', '50.00', ['--to', 'USD']),
		fees: '2.50'
	},
	{
		name: 'PayPal international from balance, 100.00',
		args: paypal('balance', 'MX', '100.00', ['--to', 'USD']),
		fees: '4.99'
	},
	// More from the same list.
	{
		name: 'PayPal domestic from balance is free',
		args: paypal('balance', 'US', '100.00'),
		fees: '0.00'
	},
	{
		name: 'PayPal domestic from bank is free',
		args: paypal('bank_account', 'US', '250.00'),
		fees: '0.00'
	},
	{
		name: 'PayPal international at exactly the minimum',
		args: paypal('bank_account', 'GB', '19.80', ['--to', 'USD']),
		fees: '0.99'
	},
	{
		name: 'PayPal international just under the maximum',
		args: paypal('balance', 'CA', '99.80', ['--to', 'USD']),
		fees: '4.99'
	},
	{
		name: 'PayPal international by card adds the card fee',
		args: paypal('card', 'MX', '100.00', ['--to', 'USD']),
		fees: '8.19'
	},
	{
		name: 'PayPal converts with a 3 % margin',
		args: paypal('balance', 'MX', '100.00'),
		fees: '4.99',
		check: (q) => {
			expect(q.exchangeRate!.marginPercent).toBe('3');
			expect(q.notices.map((n) => n.code)).toContain('rate_stale');
		}
	},
	// MonCash's band table.
	{ name: 'MonCash 20 (published)', args: moncash('20'), fees: '5.00' },
	{ name: 'MonCash 250 (published)', args: moncash('250'), fees: '10.00' },
	{
		name: 'MonCash 60,000 (published)',
		args: moncash('60000'),
		allowed: false,
		codes: ['above_maximum', 'modelled_on_published_list']
	},
	{
		name: 'MonCash below 20',
		args: moncash('19.99'),
		allowed: false,
		codes: ['below_minimum', 'modelled_on_published_list']
	},
	...(
		[
			['99', '5.00'],
			['100', '5.00'],
			['249', '5.00'],
			['499', '10.00'],
			['500', '20.00'],
			['999', '20.00'],
			['1000', '40.00'],
			['3999', '60.00'],
			['4000', '90.00'],
			['8000', '125.00'],
			['12000', '145.00'],
			['20000', '170.00'],
			['40000', '200.00'],
			['59999', '200.00']
		] as const
	).map(([send, fees]) => ({
		name: `MonCash ${send}`,
		args: moncash(send),
		fees,
		codes: ['modelled_on_published_list']
	})),
	// Revolut's fair usage fee, and its weekend mark-up on the rate (1.1476 USD per EUR at the mid
	// rate, 1.1476 × 0.99 = 1.136124 from Friday 17:00 to Sunday 18:00 New York time).
	{
		name: 'Revolut standard, 800.00 EUR exchanged, 500.00 EUR to USD on a Wednesday (published)',
		args: revolut('standard', '800.00', '500.00'),
		fees: '3.00',
		check: (q) => expect(q.exchangeRate!.marginPercent).toBe('0')
	},
	{
		name: 'Revolut plus, 2,900.00 EUR exchanged, 500.00 EUR',
		args: revolut('plus', '2900.00', '500.00'),
		fees: '2.00'
	},
	{
		name: 'Revolut standard inside the allowance on a Saturday gets a 1 % worse rate and pays no fee',
		args: revolut('standard', '0', '500.00', SATURDAY),
		fees: '0.00',
		check: (q) => {
			expect(q.senderLines.map((l) => l.id)).toEqual(['fair-usage']);
			expect(q.total?.amount).toBe('500.00');
			expect(q.exchangeRate).toMatchObject({ marginPercent: '1', rate: '1.136124' });
			// 500 × 1.136124 = 568.062
			expect(q.received?.amount).toBe('568.06');
			expect(q.notices.map((n) => n.code)).toContain('weekend_fee');
		}
	},
	{
		name: 'Revolut plus on a Saturday gets the weekend rate too, on top of its fair usage fee',
		args: revolut('plus', '2900.00', '500.00', SATURDAY),
		fees: '2.00',
		check: (q) => {
			expect(q.total?.amount).toBe('502.00');
			expect(q.received?.amount).toBe('568.06');
		}
	},
	{
		name: 'Revolut standard, allowance used up, to GBP',
		args: revolut('standard', '1000.00', '100.00', WEDNESDAY, 'GBP'),
		fees: '1.00'
	},
	{
		name: 'Revolut weekend rate ends Sunday 18:00 New York time',
		args: revolut('standard', '0', '500.00', '2026-12-06T23:00:00Z'),
		fees: '0.00',
		check: (q) => {
			expect(q.exchangeRate!.marginPercent).toBe('0');
			// 500 × 1.1476
			expect(q.received?.amount).toBe('573.80');
			expect(q.notices.map((n) => n.code)).not.toContain('weekend_fee');
		}
	},
	{
		name: 'Revolut weekend rate holds one minute before Sunday 18:00 New York time',
		args: revolut('standard', '0', '500.00', '2026-12-06T22:59:00Z'),
		fees: '0.00',
		check: (q) => expect(q.received?.amount).toBe('568.06')
	}
];

describe('published price lists through the command line against rules/', () => {
	it.each(CASES)('gives $name', (c) => {
		const { status, stdout } = feecalc(['quote', ...c.args, '--json']);
		expect(status).toBe(0);
		const q = JSON.parse(stdout) as QuoteResult;
		if (c.fees !== undefined) expect(q.transferFees?.amount).toBe(c.fees);
		expect(q.allowed).toBe(c.allowed ?? true);
		if (c.codes) expect(q.notices.map((n) => n.code).sort()).toEqual([...c.codes].sort());
		c.check?.(q);
	});
});
