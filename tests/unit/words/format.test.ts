import { describe, expect, it } from 'vitest';
import type { Explain, Line } from '$lib/engine';
import {
	deliveryWindow,
	explainLine,
	formatDate,
	formatMoney,
	formatNumber,
	formatRate,
	formatRateLine,
	formatTime,
	type Locale
} from '$lib/words';

// Intl output compared exactly; U+00A0 is the no-break space between a code and the number.
const NBSP = '\u00a0';

describe('formatMoney', () => {
	it.each<[string, string, Locale, string]>([
		['1234567.89', 'USD', 'en', '$1,234,567.89'],
		['-1234.50', 'USD', 'en', '-$1,234.50'],
		['0.00', 'USD', 'en', '$0.00'],
		['5', 'USD', 'en', '$5.00'],
		['0.01', 'USD', 'en', '$0.01'],
		['1234567', 'JPY', 'en', '\u00a51,234,567'],
		['-1234', 'JPY', 'en', '-\u00a51,234'],
		['0', 'JPY', 'en', '\u00a50'],
		['1234.568', 'KWD', 'en', `KWD${NBSP}1,234.568`],
		['-1234.567', 'KWD', 'en', `-KWD${NBSP}1,234.567`],
		['0.001', 'KWD', 'en', `KWD${NBSP}0.001`],
		['1728.68', 'MXN', 'en', 'MX$1,728.68'],
		['-1728.68', 'MXN', 'en', '-MX$1,728.68'],
		['1728.68', 'CNY', 'en', 'CN\u00a51,728.68'],
		['1234567.89', 'USD', 'zh-CN', 'US$1,234,567.89'],
		['-1234.50', 'USD', 'zh-CN', '-US$1,234.50'],
		['0.00', 'USD', 'zh-CN', 'US$0.00'],
		['1234567', 'JPY', 'zh-CN', 'JP\u00a51,234,567'],
		['-1234', 'JPY', 'zh-CN', '-JP\u00a51,234'],
		['1234.568', 'KWD', 'zh-CN', `KWD${NBSP}1,234.568`],
		['-1234.567', 'KWD', 'zh-CN', `-KWD${NBSP}1,234.567`],
		['1728.68', 'MXN', 'zh-CN', 'MX$1,728.68'],
		['1728.68', 'CNY', 'zh-CN', '\u00a51,728.68'],
		['-1728.68', 'CNY', 'zh-CN', '-\u00a51,728.68']
	])('formats %s %s in %s as %j', (amount, currency, locale, expected) => {
		expect(formatMoney(amount, currency, locale)).toBe(expected);
	});

	it.each<[string, string, string]>([
		['USD', '12345678901234567890.12', '$12,345,678,901,234,567,890.12'],
		['KWD', '12345678901234567890.123', `KWD${NBSP}12,345,678,901,234,567,890.123`],
		['JPY', '12345678901234567890', '\u00a512,345,678,901,234,567,890']
	])('formats a %s amount beyond double precision exactly: %s', (currency, amount, expected) => {
		expect(formatMoney(amount, currency, 'en')).toBe(expected);
	});

	it('shows exactly the minor digits of the currency', () => {
		expect(formatMoney('3', 'USD', 'en')).toBe('$3.00');
		expect(formatMoney('3', 'KWD', 'en')).toBe(`KWD${NBSP}3.000`);
		expect(formatMoney('3', 'JPY', 'en')).toBe('\u00a53');
	});

	// quote.md: "No amount … is ever written as negative zero", nor shown as one: Intl's default
	// signDisplay would write "-0.00" for a difference that rounds to zero.
	it.each<[string, string, Locale, string]>([
		['-0.00', 'USD', 'en', '$0.00'],
		['-0', 'JPY', 'en', '\u00a50'],
		['-0.000', 'KWD', 'zh-CN', `KWD${NBSP}0.000`]
	])('never writes negative zero: %s %s in %s as %j', (amount, currency, locale, expected) => {
		expect(formatMoney(amount, currency, locale)).toBe(expected);
	});
});

describe('formatNumber', () => {
	it.each<[string, Locale, number | undefined, string]>([
		['1234567.125', 'en', undefined, '1,234,567.125'],
		['1234567.125', 'zh-CN', undefined, '1,234,567.125'],
		['1234567.125', 'en', 2, '1,234,567.13'],
		['1234567.135', 'zh-CN', 2, '1,234,567.14'],
		['-1234.5', 'en', undefined, '-1,234.5'],
		['-1234.5', 'zh-CN', undefined, '-1,234.5'],
		['2.9', 'en', undefined, '2.9'],
		['1000', 'zh-CN', undefined, '1,000'],
		['999', 'en', undefined, '999'],
		['0.75', 'en', 4, '0.7500'],
		['12.50', 'en', undefined, '12.50'],
		['0', 'en', undefined, '0']
	])('formats %s in %s with %s digits as %j', (value, locale, digits, expected) => {
		expect(formatNumber(value, locale, digits)).toBe(expected);
	});

	it('never writes negative zero: -0.4 with 0 digits is "0"', () => {
		expect(formatNumber('-0.4', 'en', 0)).toBe('0');
	});
});

describe('formatRate', () => {
	// quote.md: 4 decimal places when the rate is at least 1, otherwise 4 significant digits.
	it.each([
		['17.28679113', '17.2868'],
		['1', '1.0000'],
		['1.00005', '1.0001'],
		['1.00004999', '1.0000'],
		['182.85', '182.8500'],
		['1711.87', '1711.8700'],
		['20.45165', '20.4517'],
		['0.1092968601', '0.1093'],
		['0.8714', '0.8714'],
		['0.87145', '0.8715'],
		['0.87144999', '0.8714'],
		['0.0062341', '0.006234'],
		['0.0062345', '0.006235'],
		['0.000012345678', '0.00001235'],
		['0.9998765', '0.9999']
	])('shows %s as %s', (rate, expected) => {
		expect(formatRate(rate)).toBe(expected);
	});

	// "4 significant digits" keeps trailing zeros, as "4 decimal places" does above 1 ("1.0000"),
	// so a rate of 0.5 shows as "0.5000" next to "0.5123" for the same pair.
	it.each([
		['0.5', '0.5000'],
		['0.8', '0.8000'],
		['0.12', '0.1200'],
		['0.99996', '1.000'],
		['0.00001', '0.00001000']
	])('keeps 4 significant digits for %s: %s', (rate, expected) => {
		expect(formatRate(rate)).toBe(expected);
	});

	// For people, the same digits grouped as the locale groups them: a dong, rupiah or won rate
	// has four or five digits before the point. Without a locale (the command line), none.
	it.each<[string, Locale, string]>([
		['22909.57519', 'en', '22,909.5752'],
		['22909.57519', 'zh-CN', '22,909.5752'],
		['16234.00004999', 'en', '16,234.0000'],
		['1711.87', 'zh-CN', '1,711.8700'],
		['17.28679113', 'en', '17.2868'],
		['0.00001', 'zh-CN', '0.00001000'],
		['0.0000436498', 'en', '0.00004365']
	])('groups %s in %s as %s', (rate, locale, expected) => {
		expect(formatRate(rate, locale)).toBe(expected);
		expect(formatRate(rate, locale).replace(/,/g, '')).toBe(formatRate(rate));
		expect(formatRateLine('USD', rate, 'VND', locale)).toBe(`1 USD = ${expected} VND`);
	});
});

describe('formatTime', () => {
	const at = Date.parse('2026-03-13T15:04:00Z');

	it.each<[Locale, string, string]>([
		['en', 'UTC', 'Mar 13, 2026, 03:04 PM UTC'],
		['en', 'America/New_York', 'Mar 13, 2026, 11:04 AM EDT'],
		['en', 'Asia/Tokyo', 'Mar 14, 2026, 12:04 AM GMT+9'],
		['zh-CN', 'UTC', '2026\u5e743\u670813\u65e5 UTC 15:04'],
		['zh-CN', 'Asia/Shanghai', '2026\u5e743\u670813\u65e5 GMT+8 23:04']
	])('writes the instant in %s, %s as %j', (locale, timeZone, expected) => {
		expect(formatTime(at, locale, timeZone)).toBe(expected);
	});
});

describe('formatDate', () => {
	const lateUtc = Date.parse('2026-03-13T23:30:00Z');

	it.each<[Locale, string, string]>([
		['en', 'UTC', 'March 13, 2026'],
		['en', 'Asia/Shanghai', 'March 14, 2026'],
		['zh-CN', 'UTC', '2026\u5e743\u670813\u65e5'],
		['zh-CN', 'Asia/Shanghai', '2026\u5e743\u670814\u65e5']
	])('writes the date in %s, %s as %j', (locale, timeZone, expected) => {
		expect(formatDate(lateUtc, locale, timeZone)).toBe(expected);
	});
});

describe('deliveryWindow', () => {
	it.each([
		['2026-03-13T15:00:00Z', 24, 72, '2026-03-14T15:00:00Z', '2026-03-16T15:00:00Z'],
		['2026-03-13T16:00:00+01:00', 0, 1, '2026-03-13T15:00:00Z', '2026-03-13T16:00:00Z'],
		['2026-03-07T12:00:00-05:00', 24, 48, '2026-03-08T17:00:00Z', '2026-03-09T17:00:00Z'],
		['2026-12-31T23:00:00Z', 2, 2, '2027-01-01T01:00:00Z', '2027-01-01T01:00:00Z'],
		['2026-02-28T12:00:00Z', 0, 0, '2026-02-28T12:00:00Z', '2026-02-28T12:00:00Z']
	])('adds the hours to %s: +%i h to +%i h', (at, min, max, from, to) => {
		expect(deliveryWindow(at, min, max)).toEqual({ from: Date.parse(from), to: Date.parse(to) });
	});
});

describe('explainLine', () => {
	const line = (currency: string, amount: string, explain: Partial<Explain>): Line => ({
		id: 'fee',
		category: 'fee',
		name: 'Fee',
		amount,
		currency,
		explain: {
			base: '100.00',
			percent: null,
			fixed: null,
			tier: null,
			raw: amount,
			clamp: null,
			...explain
		}
	});

	it.each<[string, Line, string, string]>([
		[
			'a percent',
			line('USD', '2.90', { percent: '2.9', raw: '2.90' }),
			'2.9 % of 100.00 USD = 2.90',
			'100.00 USD \u7684 2.9% = 2.90'
		],
		[
			'a percent and a fixed part',
			line('USD', '3.20', { percent: '2.9', fixed: '0.30', raw: '3.20' }),
			'2.9 % of 100.00 USD + 0.30 fixed = 3.20',
			'100.00 USD \u7684 2.9% + \u56fa\u5b9a 0.30 = 3.20'
		],
		[
			'a fixed part',
			line('USD', '5.00', { fixed: '5.00', raw: '5.00' }),
			'5.00 fixed = 5.00',
			'\u56fa\u5b9a 5.00 = 5.00'
		],
		[
			'a maximum',
			line('USD', '4.99', { percent: '5', raw: '5.00', clamp: 'max' }),
			'5 % of 100.00 USD = 5.00, capped at 4.99',
			'100.00 USD \u7684 5% = 5.00, \u6309\u6700\u9ad8\u6536\u8d39 4.99'
		],
		[
			'a minimum',
			line('CNY', '10.00', { base: '300.00', percent: '1', raw: '3.00', clamp: 'min' }),
			'1 % of 300.00 CNY = 3.00, raised to the minimum 10.00',
			'300.00 CNY \u7684 1% = 3.00, \u6309\u6700\u4f4e\u6536\u8d39 10.00'
		],
		[
			'a volume tier',
			line('USD', '10.00', { base: '500.00', tier: { mode: 'volume', index: 1 }, raw: '10.00' }),
			'volume tier 2 = 10.00',
			'\u5168\u989d\u7d2f\u8fdb\u7b2c 2 \u6863 = 10.00'
		],
		[
			'a percent and a graduated tier',
			line('USD', '89.00', {
				base: '5000.00',
				percent: '0.5',
				tier: { mode: 'graduated', index: 2 },
				raw: '89.00'
			}),
			'0.5 % of 5,000.00 USD + graduated tier 3 = 89.00',
			'5,000.00 USD \u7684 0.5% + \u8d85\u989d\u7d2f\u8fdb\u7b2c 3 \u6863 = 89.00'
		],
		[
			'an unrounded KWD value',
			line('KWD', '0.123', { base: '12.345', percent: '1', raw: '0.12345' }),
			'1 % of 12.345 KWD = 0.12345',
			'12.345 KWD \u7684 1% = 0.12345'
		],
		[
			'nothing to charge in JPY',
			line('JPY', '0', { base: '0', raw: '0' }),
			'no charge',
			'\u514d\u8d39'
		]
	])('explains %s in en and zh-CN', (_, l, en, zh) => {
		expect(explainLine(l, 'en')).toBe(en);
		expect(explainLine(l, 'zh-CN')).toBe(zh);
	});

	it('falls back to English for another locale', () => {
		const l = line('USD', '4.99', { percent: '5', raw: '5.00', clamp: 'max' });
		expect(explainLine(l, 'fr')).toBe('5 % of 100.00 USD = 5.00, capped at 4.99');
	});

	it('does not mutate the line', () => {
		const l = line('USD', '3.20', { percent: '2.9', fixed: '0.30', raw: '3.20', clamp: 'min' });
		const copy = structuredClone(l);
		explainLine(l, 'zh-CN');
		expect(l).toEqual(copy);
	});

	describe('with an allowance', () => {
		const fee = (base: string, raw: string, remaining: string, covered: string) =>
			line('EUR', raw, { base, percent: '1', raw, allowance: { remaining, covered } });
		const whole = { amount: '1000.00', currency: 'EUR' };
		it.each<[string, Line, string, string]>([
			[
				'part of it left',
				fee('300.00', '3.00', '200.00', '200.00'),
				'1 % of 300.00 EUR above your 1,000.00 EUR monthly allowance = 3.00; 200.00 EUR of it was left',
				'超出您每月 1,000.00 EUR 免费额度的 300.00 EUR 的 1% = 3.00；额度此前还剩 200.00 EUR'
			],
			[
				'all of it used before',
				fee('500.00', '5.00', '0', '0'),
				'1 % of 500.00 EUR = 5.00; your 1,000.00 EUR monthly allowance was used up',
				'500.00 EUR 的 1% = 5.00；您每月 1,000.00 EUR 免费额度已用完'
			],
			[
				'the transfer within it',
				fee('0', '0.00', '700.00', '500.00'),
				'no charge: within your 1,000.00 EUR monthly allowance, of which 700.00 EUR was left',
				'免费：在您每月 1,000.00 EUR 免费额度内（此前还剩 700.00 EUR）'
			]
		])('explains %s', (_, l, en, zh) => {
			const context = { allowance: whole, period: 'calendar-month' as const };
			expect(explainLine(l, 'en', context)).toBe(en);
			expect(explainLine(l, 'zh-CN', context)).toBe(zh);
		});

		it('names a rolling period, or none', () => {
			const l = fee('300.00', '3.00', '200.00', '200.00');
			expect(explainLine(l, 'en', { allowance: whole, period: 'rolling-30-days' })).toContain(
				'above your 1,000.00 EUR 30-day allowance'
			);
			expect(explainLine(l, 'en', { allowance: whole })).toContain(
				'above your 1,000.00 EUR allowance'
			);
		});

		it('says nothing of it without the whole allowance (the command line)', () => {
			expect(explainLine(fee('300.00', '3.00', '200.00', '200.00'), 'en')).toBe(
				'1 % of 300.00 EUR = 3.00'
			);
		});

		it('says what was left when the line has no percent', () => {
			const l = line('EUR', '2.00', {
				base: '300.00',
				fixed: '2.00',
				raw: '2.00',
				allowance: { remaining: '200.00', covered: '200.00' }
			});
			expect(explainLine(l, 'en', { allowance: whole, period: 'calendar-month' })).toBe(
				'2.00 fixed = 2.00; 200.00 EUR of your 1,000.00 EUR monthly allowance was left'
			);
		});
	});

	// The engine writes `raw` with at least the currency's minor digits (formatRaw): a zero line
	// in USD has raw "0.00", and is still "no charge".
	it('says "no charge" for a zero USD line with nothing to explain', () => {
		expect(explainLine(line('USD', '0.00', { base: '0.00', raw: '0.00' }), 'en')).toBe('no charge');
	});
});
