import { describe, expect, it } from 'vitest';
import type { QuoteRates } from '$lib/engine';
import { formatAge, rateWords } from '$lib/words';

const B = { asOf: '2022-05-11T12:15:00+02:00', table: '019/B/NBP/2022' };
const A = { asOf: '2022-05-13T12:15:00+02:00', table: '092/A/NBP/2022' };
const GTQ: QuoteRates = { source: 'nbp', asOf: B.asOf, tables: [B, A] };
const UAH: QuoteRates = { source: 'nbp', asOf: A.asOf, tables: [A] };
const ECB: QuoteRates = { source: 'ecb', asOf: '2026-03-13T16:00:00+01:00' };
const NOW = Date.parse('2026-12-06T22:00:00Z');

describe('rateWords', () => {
	it('names the bank, both tables with their days and the age, in English', () => {
		expect(rateWords(GTQ, NOW, 'en')).toEqual({
			source: 'National Bank of Poland (NBP)',
			date: 'May 11, 2022',
			tables: 'table 019/B/NBP/2022 of May 11, 2022 and table 092/A/NBP/2022 of May 13, 2022',
			age: '4 years',
			reference: 'the National Bank of Poland’s average rate',
			published:
				'National Bank of Poland (NBP), table 019/B/NBP/2022 of May 11, 2022 and table 092/A/NBP/2022 of May 13, 2022',
			text: 'National Bank of Poland (NBP), table 019/B/NBP/2022 of May 11, 2022 and table 092/A/NBP/2022 of May 13, 2022 · 4 years old'
		});
	});

	it('names the bank, both tables with their days and the age, in Chinese', () => {
		expect(rateWords(GTQ, NOW, 'zh-CN')).toEqual({
			source: '波兰国家银行',
			date: '2022年5月11日',
			tables: '2022年5月11日的 019/B/NBP/2022 号汇率表和2022年5月13日的 092/A/NBP/2022 号汇率表',
			age: '4 年',
			reference: '波兰国家银行平均汇率',
			published:
				'波兰国家银行 2022年5月11日的 019/B/NBP/2022 号汇率表和2022年5月13日的 092/A/NBP/2022 号汇率表',
			text: '波兰国家银行 2022年5月11日的 019/B/NBP/2022 号汇率表和2022年5月13日的 092/A/NBP/2022 号汇率表 · 4 年前'
		});
	});

	it('names one table when both rates are in it', () => {
		expect(rateWords(UAH, NOW, 'en').text).toBe(
			'National Bank of Poland (NBP), table 092/A/NBP/2022 of May 13, 2022 · 4 years old'
		);
	});

	it('counts a table’s day in Warsaw', () => {
		// 00:30 in Warsaw is still the day before in UTC.
		const late = {
			source: 'nbp',
			asOf: '2022-05-12T00:30:00+02:00',
			tables: [{ asOf: '2022-05-12T00:30:00+02:00', table: 'X' }]
		};
		expect(rateWords(late, NOW, 'en').date).toBe('May 12, 2022');
		expect(rateWords(late, NOW, 'en').tables).toBe('table X of May 12, 2022');
	});

	it('says an ECB quote’s rates as the pages always have', () => {
		expect(rateWords(ECB, NOW, 'en')).toMatchObject({
			source: 'ECB',
			date: 'March 13, 2026',
			tables: '',
			reference: 'the ECB reference rate',
			published: 'ECB reference rates of March 13, 2026',
			text: 'ECB reference rates of March 13, 2026'
		});
		expect(rateWords(ECB, NOW, 'zh-CN')).toMatchObject({
			source: 'ECB',
			date: '2026年3月13日',
			reference: '欧洲央行参考汇率',
			text: 'ECB 参考汇率，2026年3月13日'
		});
	});

	it('names a source it does not know by its code in capitals, never in lower case', () => {
		const own: QuoteRates = { source: 'acme', asOf: '2026-03-13T09:00:00Z' };
		expect(rateWords(own, NOW, 'en')).toMatchObject({
			source: 'ACME',
			reference: 'the ACME reference rate',
			text: 'ACME reference rates of March 13, 2026'
		});
		expect(rateWords(own, NOW, 'zh-CN').reference).toBe('ACME 参考汇率');
	});

	it('says the age at the instant asked', () => {
		expect(rateWords(GTQ, Date.parse('2022-05-14T12:00:00Z'), 'en').age).toBe('3 days 1 hour');
	});

	it('does not change the rates', () => {
		const copy = structuredClone(GTQ);
		rateWords(GTQ, NOW, 'zh-CN');
		expect(GTQ).toEqual(copy);
	});
});

describe('formatAge', () => {
	const HOUR = 3_600_000;
	const DAY = 24 * HOUR;
	it.each<[number, string, string]>([
		[-5 * HOUR, '0 minutes', '0 分钟'],
		[59 * 60_000, '59 minutes', '59 分钟'],
		[HOUR, '1 hour', '1 小时'],
		[DAY + HOUR, '1 day 1 hour', '1 天 1 小时'],
		[3 * DAY + 8 * HOUR + 59 * 60_000, '3 days 8 hours', '3 天 8 小时'],
		[268 * DAY, '268 days', '268 天'],
		[364 * DAY + 23 * HOUR, '364 days 23 hours', '364 天 23 小时'],
		[365 * DAY, '1 year', '1 年'],
		[2 * 365 * DAY - 1, '1 year', '1 年'],
		[Date.parse('2026-12-06T22:00:00Z') - Date.parse('2022-05-11T10:15:00Z'), '4 years', '4 年'],
		[Date.parse('2027-05-11T10:15:00Z') - Date.parse('2022-05-11T10:15:00Z'), '5 years', '5 年']
	])('says %i ms as "%s" and "%s"', (ms, en, zh) => {
		expect(formatAge(ms, 'en')).toBe(en);
		expect(formatAge(ms, 'zh-CN')).toBe(zh);
	});
});
