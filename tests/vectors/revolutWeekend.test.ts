// The shipped revolut-exchange schedule as vectors: its weekend mark-up is on the rate (an `fx`
// entry with a window), not a fee line. Worked out by hand from the snapshot's 1.1476 USD per EUR:
// 1.1476 × (1 − 1/100) = 1.136124 from Friday 17:00 to Sunday 18:00 New York time, 1.1476 otherwise;
// amounts half-up to cents. Through the engine and through the command line, as the vectors are.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { QuoteResult } from '../../src/lib/engine';
import { quote } from '../../src/lib/quoting';
import { loadRules } from '../../src/lib/server';
import { feecalc } from '../_lib/feecalc';
import { actualFor, cliArgs, expectedFor, type VectorCase } from './compareCase';

const RULES = fileURLToPath(new URL('../../rules', import.meta.url));
const SATURDAY = '2026-12-05T12:00:00Z';
const WEDNESDAY = '2026-12-02T12:00:00Z';
const request = (mode: string, amount: string, at: string, sentThisPeriod = '0') => ({
	schedule: 'revolut-exchange',
	at,
	type: 'exchange',
	funding: 'balance',
	profile: 'standard',
	destination: 'IE',
	currency: 'EUR',
	targetCurrency: 'USD',
	sentThisPeriod,
	mode,
	amount
});
const SATURDAY_RATE = { mid: '1.1476', rate: '1.136124' };
const WEEKDAY_RATE = { mid: '1.1476', rate: '1.1476' };
// The snapshot is far older than 96 hours at these instants: rate_stale, still allowed.
const WEEKDAY_NOTICES = ['modelled_on_published_list', 'rate_stale'];
const WEEKEND_NOTICES = [...WEEKDAY_NOTICES, 'weekend_fee'];

const CASES: VectorCase[] = [
	{
		name: 'Saturday, 100.00 EUR inside the allowance: 100.00 paid, 100 × 1.136124 = 113.6124 received',
		request: request('send', '100.00', SATURDAY),
		expect: {
			allowed: true,
			noticeCodes: WEEKEND_NOTICES,
			principal: '100.00',
			senderLines: { 'fair-usage': '0.00' },
			transferFees: '0.00',
			total: '100.00',
			exchangeRate: SATURDAY_RATE,
			converted: '113.61',
			received: '113.61',
			// 100 × 1 %; 100 × 1.1476 / 113.61 = 1.0101…
			cost: { total: '1.00', percent: '1.00', allInMarkupPercent: '1.01' }
		}
	},
	{
		name: 'Wednesday, 100.00 EUR: converted at the mid rate, 114.76 received',
		request: request('send', '100.00', WEDNESDAY),
		expect: {
			allowed: true,
			noticeCodes: WEEKDAY_NOTICES,
			principal: '100.00',
			senderLines: { 'fair-usage': '0.00' },
			transferFees: '0.00',
			total: '100.00',
			exchangeRate: WEEKDAY_RATE,
			converted: '114.76',
			received: '114.76',
			cost: { total: '0.00', percent: '0.00', allInMarkupPercent: '0.00' }
		}
	},
	{
		name: 'Saturday, allowance used up: the 1 % fair usage fee and the weekend rate both',
		request: request('send', '100.00', SATURDAY, '1000.00'),
		expect: {
			noticeCodes: WEEKEND_NOTICES,
			senderLines: { 'fair-usage': '1.00' },
			total: '101.00',
			exchangeRate: SATURDAY_RATE,
			received: '113.61',
			// 1.00 + 100 × 1 %; 101 × 1.1476 / 113.61 = 1.0202…
			cost: { total: '2.00', percent: '2.00', allInMarkupPercent: '2.02' }
		}
	},
	{
		name: 'Saturday, 100.00 USD to receive: 88.02 EUR (88.01 × 1.136124 = 99.990…)',
		request: request('receive', '100.00', SATURDAY),
		expect: {
			noticeCodes: WEEKEND_NOTICES,
			principal: '88.02',
			total: '88.02',
			exchangeRate: SATURDAY_RATE,
			converted: '100.00',
			received: '100.00',
			cost: { total: '0.88', percent: '1.00', allInMarkupPercent: '1.01' }
		}
	},
	{
		name: 'Wednesday, 100.00 USD to receive: 87.14 EUR (87.13 × 1.1476 = 99.990…)',
		request: request('receive', '100.00', WEDNESDAY),
		expect: {
			noticeCodes: WEEKDAY_NOTICES,
			principal: '87.14',
			total: '87.14',
			exchangeRate: WEEKDAY_RATE,
			received: '100.00',
			cost: { total: '0.00', percent: '0.00', allInMarkupPercent: '0.00' }
		}
	},
	{
		name: 'Saturday, 100.00 EUR to pay, allowance used up: 99.01 + 0.99, 99.01 × 1.136124 = 112.487…',
		request: request('pay', '100.00', SATURDAY, '1000.00'),
		expect: {
			principal: '99.01',
			senderLines: { 'fair-usage': '0.99' },
			total: '100.00',
			received: '112.49',
			cost: { total: '1.98', percent: '2.00', allInMarkupPercent: '2.02' }
		}
	}
];

describe('revolut-exchange weekend rate through the engine', () => {
	const rules = loadRules(RULES);
	it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const out = quote(rules, c.request, { now: Date.parse(c.request.at) });
		if (!out.ok) throw new Error(JSON.stringify(out.issues));
		expect(actualFor(c.expect, out.quote)).toEqual(expectedFor(c.expect, out.quote));
	});
});

describe('revolut-exchange weekend rate through the command line', () => {
	it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const { sentThisPeriod, ...rest } = c.request;
		const args = cliArgs(rest, RULES);
		const r = feecalc([
			...args.slice(0, -2),
			'--sent-this-period',
			sentThisPeriod,
			...args.slice(-2)
		]);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const q = JSON.parse(r.stdout) as QuoteResult;
		expect(actualFor(c.expect, q)).toEqual(expectedFor(c.expect, q));
	});
});
