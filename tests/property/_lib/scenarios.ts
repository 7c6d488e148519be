import { scheduleJson, type ScheduleJson } from './rules';

const en = (text: string) => ({ en: text });

/** Volume tiers whose fee drops at a bracket boundary, in the send currency and in another. */
export const volumeSchedule = scheduleJson('volume', {
	rounding: 'half-up',
	fees: [
		{
			id: 'volume-usd',
			name: en('Volume fee'),
			when: { currency: 'USD' },
			tiers: {
				currency: 'USD',
				mode: 'volume',
				brackets: [
					{ upTo: '100', percent: '5' },
					{ upTo: '200', percent: '2', fixed: '0.50' },
					{ upTo: null, percent: '1' }
				]
			}
		},
		{
			id: 'volume-jpy',
			name: en('Yen volume fee'),
			when: { currency: 'JPY' },
			tiers: {
				currency: 'JPY',
				mode: 'volume',
				brackets: [
					{ upTo: '5000', fixed: '500' },
					{ upTo: '20000', percent: '1.5' },
					{ upTo: null, fixed: '250' }
				]
			}
		},
		{
			id: 'volume-usd-for-jpy',
			name: en('Dollar-tiered fee'),
			category: 'tax',
			when: { currency: 'JPY' },
			tiers: {
				currency: 'USD',
				mode: 'volume',
				brackets: [
					{ upTo: '50', fixed: '1' },
					{ upTo: null, percent: '0.5' }
				]
			},
			min: { USD: '0.20' }
		}
	],
	fx: [{ when: {}, marginPercent: '1.25' }]
});

/** Percent fees clamped by min and max; fixed fees that switch on and off with the amount; fx by amount. */
export const clampSchedule = scheduleJson('clamps', {
	rounding: 'up',
	conversionRounding: 'half-even',
	fees: [
		{
			id: 'percent-clamped',
			name: en('Transfer fee'),
			when: {},
			percent: '3',
			min: { USD: '2.00', JPY: '250' },
			max: { USD: '3.00' }
		},
		{
			id: 'big-ticket',
			name: en('Large transfer tax'),
			category: 'tax',
			when: { amount: { gte: { USD: '50' } } },
			fixed: { USD: '1.50' }
		},
		{
			id: 'mid-ticket',
			name: en('Mid-size handling'),
			when: { amount: { gt: { USD: '5' }, lt: { USD: '20' } } },
			fixed: { USD: '0.75' }
		},
		{
			id: 'card',
			name: en('Card fee'),
			when: { funding: 'card' },
			percent: '2.9',
			fixed: { USD: '0.30' }
		}
	],
	fx: [
		{ when: { amount: { gte: { USD: '50' } } }, marginPercent: '0.5' },
		{ when: {}, marginPercent: '2' }
	]
});

/** Graduated tiers with a fixed amount per bracket reached, in another currency, capped. */
export const graduatedSchedule = scheduleJson('graduated', {
	rounding: 'half-even',
	conversionRounding: 'down',
	fees: [
		{
			id: 'graduated',
			name: en('Graduated fee'),
			when: {},
			tiers: {
				currency: 'EUR',
				mode: 'graduated',
				brackets: [
					{ upTo: '40', fixed: '1' },
					{ upTo: '120', percent: '2', fixed: '0.50' },
					{ upTo: null, percent: '0.5', fixed: '0.25' }
				]
			},
			max: { USD: '4.00' }
		},
		{
			id: 'graduated-tax',
			name: en('Graduated tax'),
			category: 'tax',
			when: {},
			tiers: {
				currency: 'USD',
				mode: 'graduated',
				brackets: [
					{ upTo: '25', percent: '0' },
					{ upTo: null, percent: '1.1' }
				]
			}
		}
	],
	fx: [{ when: {}, marginPercent: '0.75' }]
});

/** Recipient-side fees: clamped, volume-tiered with a rise and a drop, by amount, and one taking all. */
export const recipientSchedule = scheduleJson('recipient', {
	rounding: 'down',
	conversionRounding: 'half-even',
	fees: [
		{ id: 'flat', name: en('Flat fee'), when: {}, fixed: { USD: '1.00', JPY: '150' } },
		{
			id: 'receiving-bank',
			name: en('Receiving bank fee'),
			payer: 'recipient',
			when: { payout: 'bank' },
			percent: '0.4',
			fixed: { USD: '0.50', MXN: '9' },
			min: { USD: '1', MXN: '15' },
			max: { USD: '10' }
		},
		{
			id: 'cash-pickup',
			name: en('Cash pick-up fee'),
			payer: 'recipient',
			when: { payout: 'cash' },
			tiers: {
				currency: 'MXN',
				mode: 'volume',
				brackets: [
					{ upTo: '1000', fixed: '40' },
					{ upTo: '3000', fixed: '25' },
					{ upTo: null, percent: '2' }
				]
			}
		},
		{
			id: 'intermediary',
			name: en('Intermediary bank fee'),
			payer: 'recipient',
			when: { amount: { gte: { USD: '100' } } },
			fixed: { USD: '5' }
		},
		{ id: 'void', name: en('Everything'), payer: 'recipient', when: { payout: 'void' }, percent: '100' }
	],
	fx: [
		{ when: { amount: { lt: { USD: '30' } } }, marginPercent: '3' },
		{ when: { targetCurrency: 'JPY' }, marginPercent: '1' },
		{ when: {}, marginPercent: '1.5' }
	]
});

export const HAND_MADE: ScheduleJson[] = [volumeSchedule, clampSchedule, graduatedSchedule, recipientSchedule];

/** A corridor of one hand-made schedule, and how many grid points of principal to scan. */
export interface Scenario {
	name: string;
	request: Record<string, string>;
	/** Principals 1..n minor units of the send currency are scanned. */
	n: number;
}

const corridor = (
	name: string,
	schedule: string,
	currency: string,
	destination: string,
	targetCurrency: string,
	n: number,
	extra: Record<string, string> = {}
): Scenario => ({
	name,
	n,
	request: { schedule, type: 'transfer', funding: 'balance', currency, destination, targetCurrency, ...extra }
});

export const PAY_SCENARIOS: Scenario[] = [
	corridor('volume tiers, USD to MXN', 'volume', 'USD', 'MX', 'MXN', 25_000),
	corridor('volume tiers in JPY and USD, JPY to USD', 'volume', 'JPY', 'US', 'USD', 25_000),
	corridor('clamps and amount conditions, USD to JPY by card', 'clamps', 'USD', 'JP', 'JPY', 15_000, {
		funding: 'card'
	}),
	corridor('clamps and amount conditions, JPY to USD', 'clamps', 'JPY', 'US', 'USD', 20_000),
	corridor('graduated tiers with fixed per bracket, USD to GBP', 'graduated', 'USD', 'GB', 'GBP', 20_000),
	corridor('sender flat fee with recipient fees, USD to USD', 'recipient', 'USD', 'US', 'USD', 3_000, {
		payout: 'bank'
	})
];

export const RECEIVE_SCENARIOS: Scenario[] = [
	corridor('recipient volume tiers and amount condition, USD to MXN cash', 'recipient', 'USD', 'MX', 'MXN', 25_000, {
		payout: 'cash'
	}),
	corridor('recipient clamped fee, USD to MXN bank', 'recipient', 'USD', 'MX', 'MXN', 12_000, { payout: 'bank' }),
	corridor('recipient volume tiers, JPY to MXN cash', 'recipient', 'JPY', 'MX', 'MXN', 30_000, { payout: 'cash' }),
	corridor('recipient clamped fee without conversion, USD to USD', 'recipient', 'USD', 'US', 'USD', 5_000, {
		payout: 'bank'
	}),
	corridor('a recipient fee taking everything, USD to MXN', 'recipient', 'USD', 'MX', 'MXN', 2_000, {
		payout: 'void'
	}),
	corridor('fx margin by amount, USD to JPY', 'clamps', 'USD', 'JP', 'JPY', 10_000)
];
