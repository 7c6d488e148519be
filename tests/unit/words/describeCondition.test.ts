import { describe, expect, it } from 'vitest';
import type { Condition } from '$lib/engine';
import { describeCondition, describeWindow, schedulesText, zoneName } from '$lib/words';
import { SCHEDULE } from './_fixture';

const en = schedulesText.en;
const zh = schedulesText['zh-CN'];
const WEEKEND = { timeZone: 'America/New_York', from: 'fri 17:00', to: 'sun 18:00' };

describe('describeWindow', () => {
	it('says the days, the times and the zone as a city', () => {
		expect(describeWindow(WEEKEND, 'en', en)).toBe('Friday 17:00 to Sunday 18:00, New York time');
		expect(describeWindow(WEEKEND, 'zh-CN', zh)).toBe('纽约时间周五 17:00 至周日 18:00');
	});

	it('writes early hours with two digits and wraps past Sunday', () => {
		const night = { timeZone: 'Europe/London', from: 'sat 00:00', to: 'mon 06:30' };
		expect(describeWindow(night, 'en', en)).toBe('Saturday 00:00 to Monday 06:30, London time');
		expect(describeWindow(night, 'zh-CN', zh)).toBe('伦敦时间周六 00:00 至周一 06:30');
	});
});

describe('zoneName', () => {
	// Intl has no city names: English falls back on the zone id's last segment, Chinese on the
	// zone's generic name, never on the raw id.
	it('names a zone the dictionary does not know without its id', () => {
		expect(zoneName('America/Argentina/Buenos_Aires', 'en', en)).toBe('Buenos Aires time');
		const chinese = zoneName('America/Argentina/Buenos_Aires', 'zh-CN', zh);
		expect(chinese).not.toMatch(/[A-Za-z_/]/);
		expect(chinese).toMatch(/时间$/);
	});
});

describe('describeCondition', () => {
	const say = (when: Condition) => [
		describeCondition(SCHEDULE, when, 'en'),
		describeCondition(SCHEDULE, when, 'zh-CN')
	];

	it('says a window in words', () => {
		expect(say({ window: WEEKEND })).toEqual([
			'from Friday 17:00 to Sunday 18:00, New York time',
			'在纽约时间周五 17:00 至周日 18:00 期间'
		]);
	});

	it('says a delivery speed by its name', () => {
		expect(say({ speed: 'express' })).toEqual(['delivery speed is Express', '到账速度为 加急']);
	});

	// The request counts the transfers made before this one: a count c is transfer number c + 1.
	it.each<[Condition['transfersThisPeriod'], string, string]>([
		[{ gte: 3 }, 'from the 4th transfer this calendar month', '本自然月第 4 笔起'],
		[{ gt: 0 }, 'from the 2nd transfer this calendar month', '本自然月第 2 笔起'],
		[{ lt: 1 }, 'for the first transfer this calendar month', '本自然月第 1 笔'],
		[{ lt: 3 }, 'for the first 3 transfers this calendar month', '本自然月前 3 笔'],
		[{ lte: 2 }, 'for the first 3 transfers this calendar month', '本自然月前 3 笔'],
		[
			{ gte: 1, lt: 5 },
			'from the 2nd to the 5th transfer this calendar month',
			'本自然月第 2 笔至第 5 笔'
		],
		[{ gte: 10, lte: 10 }, 'for the 11th transfer this calendar month', '本自然月第 11 笔'],
		[{ gte: 20 }, 'from the 21st transfer this calendar month', '本自然月第 21 笔起'],
		[{ gte: 11 }, 'from the 12th transfer this calendar month', '本自然月第 12 笔起']
	])('says the transfer count %j', (count, english, chinese) => {
		expect(say({ transfersThisPeriod: count })).toEqual([english, chinese]);
	});

	it('says the usage period the schedule gives, and a neutral one without it', () => {
		const rolling = { ...SCHEDULE, usagePeriod: 'rolling-30-days' as const };
		const none = { ...SCHEDULE, usagePeriod: undefined };
		const when = { transfersThisPeriod: { gte: 3 } };
		expect(describeCondition(rolling, when, 'en')).toBe(
			'from the 4th transfer in the last 30 days'
		);
		expect(describeCondition(rolling, when, 'zh-CN')).toBe('近 30 天内第 4 笔起');
		expect(describeCondition(none, when, 'en')).toBe('from the 4th transfer this period');
		expect(describeCondition(none, when, 'zh-CN')).toBe('本周期内第 4 笔起');
	});

	it('joins several windows with "or", each said in full, and other keys with "and"', () => {
		const when: Condition = {
			type: 'exchange',
			window: [WEEKEND, { timeZone: 'Asia/Tokyo', from: 'mon 00:00', to: 'mon 06:00' }]
		};
		expect(say(when)).toEqual([
			'type is Exchange and from Friday 17:00 to Sunday 18:00, New York time, or from Monday 00:00 to Monday 06:00, Tokyo time',
			'类型为 兑换，且在纽约时间周五 17:00 至周日 18:00 期间，或在东京时间周一 00:00 至周一 06:00 期间'
		]);
	});

	it('never shows a time-zone id or a condition key', () => {
		for (const text of say({ speed: 'economy', transfersThisPeriod: { lt: 1 }, window: WEEKEND }))
			expect(text).not.toMatch(/America|New_York|economy|transfersThisPeriod|fri|sun/);
	});
});
