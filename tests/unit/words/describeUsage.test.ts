import { describe, expect, it } from 'vitest';
import type { Schedule, Tiers } from '$lib/engine';
import {
	describeAllowance,
	describeHelp,
	describePeriodTiers,
	describeSpeeds,
	schedulesText
} from '$lib/words';
import { SCHEDULE } from './_fixture';

const en = schedulesText.en;
const zh = schedulesText['zh-CN'];
const withPeriod = (usagePeriod: Schedule['usagePeriod']): Schedule => ({
	...SCHEDULE,
	usagePeriod
});

describe('describeAllowance', () => {
	it.each<[Schedule['usagePeriod'], string, string]>([
		[
			'calendar-month',
			'The first €1,000.00 each calendar month is free of this fee.',
			'每个自然月的前 €1,000.00 免收此项费用。'
		],
		[
			'rolling-30-days',
			'The first €1,000.00 in any 30 days is free of this fee.',
			'任意 30 天内的前 €1,000.00 免收此项费用。'
		],
		[
			undefined,
			'The first €1,000.00 per period is free of this fee.',
			'每个周期的前 €1,000.00 免收此项费用。'
		]
	])('says the allowance with the usage period %s', (period, english, chinese) => {
		const s = withPeriod(period);
		expect(describeAllowance(s, { EUR: '1000.00' }, 'en')).toBe(english);
		expect(describeAllowance(s, { EUR: '1000.00' }, 'zh-CN')).toBe(chinese);
	});

	it('says every currency of the allowance, the base currency first', () => {
		expect(describeAllowance(SCHEDULE, { USD: '1100.00', EUR: '1000.00' }, 'en')).toBe(
			'The first €1,000.00 / $1,100.00 each calendar month is free of this fee.'
		);
	});
});

describe('describePeriodTiers', () => {
	const tiers = (mode: Tiers['mode'], basis?: Tiers['basis']): Tiers => ({
		currency: 'EUR',
		mode,
		basis,
		brackets: [
			{ upTo: '1000', percent: '1' },
			{ upTo: null, percent: '0.5' }
		]
	});

	it('says nothing for tiers of one transfer', () => {
		expect(describePeriodTiers(SCHEDULE, tiers('volume'), en)).toBeNull();
		expect(describePeriodTiers(SCHEDULE, tiers('graduated', 'transfer'), en)).toBeNull();
	});

	it('says that volume brackets count the period, this transfer included', () => {
		expect(describePeriodTiers(SCHEDULE, tiers('volume', 'period'), en)).toBe(
			'The bracket is the one that everything sent this calendar month, including this transfer, falls in; its rate applies to the whole transfer.'
		);
		expect(describePeriodTiers(SCHEDULE, tiers('volume', 'period'), zh)).toBe(
			'档位按本自然月累计汇出的金额（含本笔）确定，该档费率适用于本笔全额。'
		);
	});

	it('says that graduated brackets continue where the earlier transfers stopped', () => {
		const rolling = withPeriod('rolling-30-days');
		expect(describePeriodTiers(rolling, tiers('graduated', 'period'), en)).toBe(
			'The brackets count everything sent in the last 30 days: this transfer fills them from where the earlier transfers stopped.'
		);
		expect(describePeriodTiers(rolling, tiers('graduated', 'period'), zh)).toBe(
			'档位按近 30 天内累计汇出的金额计算：本笔从此前转账用到的位置起依次计入各档。'
		);
	});
});

describe('describeSpeeds', () => {
	it('names each speed, with the delivery times of the entries that name it', () => {
		expect(describeSpeeds(SCHEDULE, 'en', en)).toEqual(['Economy', 'Express (0–1 h)']);
		expect(describeSpeeds(SCHEDULE, 'zh-CN', zh)).toEqual(['经济', '加急（0–1 小时）']);
	});

	it('is empty without speeds', () => {
		expect(describeSpeeds({ ...SCHEDULE, speeds: undefined }, 'en', en)).toEqual([]);
	});
});

describe('describeHelp', () => {
	it('names each situation in words, never by its code', () => {
		expect(describeHelp(SCHEDULE, 'en')).toEqual([
			{
				code: 'weekend_fee',
				situation: 'The rate is 1 % worse at weekends.',
				text: 'Wait until Sunday evening.'
			},
			{
				code: 'above_maximum',
				situation: 'The amount is above the maximum.',
				text: 'Send less.',
				url: 'https://wallet.example/limits'
			},
			{
				code: 'rate_stale',
				situation: 'The reference exchange rate is out of date.',
				text: 'The provider uses its own rate.'
			}
		]);
		expect(describeHelp(SCHEDULE, 'zh-CN').map((h) => [h.situation, h.text])).toEqual([
			['周末汇率差 1%。', '请等到周日晚上。'],
			['金额高于最高限额。', '请少汇一些。'],
			['参考汇率已过时。', '服务商使用自己的汇率。']
		]);
	});

	it('does not mutate the schedule', () => {
		const copy = structuredClone(SCHEDULE);
		describeHelp(SCHEDULE, 'en');
		describeSpeeds(SCHEDULE, 'en', en);
		expect(SCHEDULE).toEqual(copy);
	});
});
