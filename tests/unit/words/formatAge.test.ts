import { describe, expect, it } from 'vitest';
import { formatAge } from '$lib/words';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatAge', () => {
	it.each([
		[-5 * MINUTE, '0 minutes', '0 分钟'],
		[0, '0 minutes', '0 分钟'],
		[59_999, '0 minutes', '0 分钟'],
		[MINUTE, '1 minute', '1 分钟'],
		[2 * MINUTE, '2 minutes', '2 分钟'],
		[59 * MINUTE + 59_999, '59 minutes', '59 分钟'],
		[HOUR, '1 hour', '1 小时'],
		[90 * MINUTE, '1 hour', '1 小时'],
		[2 * HOUR, '2 hours', '2 小时'],
		[23 * HOUR, '23 hours', '23 小时'],
		[DAY, '1 day', '1 天'],
		[DAY + HOUR, '1 day 1 hour', '1 天 1 小时'],
		[3 * DAY + 8 * HOUR + 59 * MINUTE, '3 days 8 hours', '3 天 8 小时'],
		[2 * DAY, '2 days', '2 天'],
		[364 * DAY + 23 * HOUR, '364 days 23 hours', '364 天 23 小时'],
		[365 * DAY, '1 year', '1 年'],
		[1500 * DAY + 2 * HOUR, '4 years', '4 年']
	])('says %d ms as %j and %j', (ms, en, zh) => {
		expect(formatAge(ms, 'en')).toBe(en);
		expect(formatAge(ms, 'zh-CN')).toBe(zh);
	});
});
