import type { Schedule } from '$lib/engine';

const i18n = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const WEEKEND = { timeZone: 'America/New_York', from: 'fri 17:00', to: 'sun 18:00' };

/**
 * A small schedule with what issue 12 added (speeds, a usage period, help and support) and a
 * weekend mark-up on the rate (issue 16).
 */
export const SCHEDULE: Schedule = {
	schemaVersion: 1,
	id: 'wallet',
	version: '2026-01-01',
	effectiveFrom: '2026-01-01T00:00:00Z',
	name: i18n('Wallet', '钱包'),
	baseCurrency: 'EUR',
	rateMaxAgeHours: 96,
	usagePeriod: 'calendar-month',
	origins: ['IE'],
	types: { exchange: { name: i18n('Exchange', '兑换') } },
	funding: { balance: { name: i18n('Balance', '余额') } },
	speeds: {
		economy: { name: i18n('Economy', '经济') },
		express: { name: i18n('Express', '加急') }
	},
	currencies: ['EUR'],
	destinations: { IE: { currencies: ['EUR', 'USD'] } },
	fees: [
		{
			id: 'fair',
			name: i18n('Fair usage fee', '合理使用费'),
			when: {},
			percent: '1',
			allowance: { EUR: '1000.00' }
		}
	],
	fx: [{ when: { type: 'exchange', window: WEEKEND }, marginPercent: '1' }],
	notices: [
		{
			id: 'weekend_fee',
			when: { window: WEEKEND },
			severity: 'info',
			message: i18n('The rate is 1 % worse at weekends.', '周末汇率差 1%。')
		}
	],
	delivery: [
		{ when: { speed: 'express' }, minHours: 0, maxHours: 1 },
		{ when: {}, minHours: 24, maxHours: 72 }
	],
	help: {
		weekend_fee: { text: i18n('Wait until Sunday evening.', '请等到周日晚上。') },
		above_maximum: {
			text: i18n('Send less.', '请少汇一些。'),
			url: 'https://wallet.example/limits'
		},
		rate_stale: { text: i18n('The provider uses its own rate.', '服务商使用自己的汇率。') }
	},
	support: { email: 'help@wallet.example', phone: '+353 1 234 5678' }
};
