import { describe, expect, it } from 'vitest';
import type { Schedule } from '$lib/engine';
import { describeMargins, schedulesText } from '$lib/words';
import { SCHEDULE } from './_fixture';

const en = schedulesText.en;
const zh = schedulesText['zh-CN'];
const say = (s: Schedule) => [describeMargins(s, 'en', en), describeMargins(s, 'zh-CN', zh)];

describe('describeMargins', () => {
	it('says a weekend margin in words, and that the rest is converted without one', () => {
		expect(say(SCHEDULE)).toEqual([
			[
				{
					when: 'type is Exchange and from Friday 17:00 to Sunday 18:00, New York time',
					margin: '1%'
				},
				{ when: 'otherwise', margin: '0%' }
			],
			[
				{ when: '类型为 兑换，且在纽约时间周五 17:00 至周日 18:00 期间', margin: '1%' },
				{ when: '其他情况', margin: '0%' }
			]
		]);
	});

	it('says "otherwise" for an entry without conditions after others, and adds no row of its own', () => {
		const s = { ...SCHEDULE, fx: [...SCHEDULE.fx!, { when: {}, marginPercent: '0.5' }] };
		expect(describeMargins(s, 'en', en).map((r) => [r.when, r.margin])).toEqual([
			['type is Exchange and from Friday 17:00 to Sunday 18:00, New York time', '1%'],
			['otherwise', '0.5%']
		]);
	});

	it('says "always" for a single entry without conditions, its margin as the file writes it', () => {
		const s = { ...SCHEDULE, fx: [{ when: {}, marginPercent: '3.00' }] };
		expect(say(s)).toEqual([
			[{ when: 'always', margin: '3.00%' }],
			[{ when: '始终适用', margin: '3.00%' }]
		]);
	});

	it('is empty without fx entries, and leaves the schedule as it was', () => {
		expect(describeMargins({ ...SCHEDULE, fx: undefined }, 'en', en)).toEqual([]);
		expect(describeMargins({ ...SCHEDULE, fx: [] }, 'en', en)).toEqual([]);
		const before = structuredClone(SCHEDULE);
		describeMargins(SCHEDULE, 'zh-CN', zh);
		expect(SCHEDULE).toEqual(before);
	});

	it('never shows a time-zone id, a day key or a condition key', () => {
		for (const rows of say(SCHEDULE))
			for (const r of rows) expect(r.when).not.toMatch(/America|New_York|\bfri\b|\bsun\b|window/);
	});
});
