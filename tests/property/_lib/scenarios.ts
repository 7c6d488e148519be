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
		{
			id: 'void',
			name: en('Everything'),
			payer: 'recipient',
			when: { payout: 'void' },
			percent: '100'
		}
	],
	fx: [
		{ when: { amount: { lt: { USD: '30' } } }, marginPercent: '3' },
		{ when: { targetCurrency: 'JPY' }, marginPercent: '1' },
		{ when: {}, marginPercent: '1.5' }
	]
});

/** Two recipient-side percent lines, each rounded on its own: what arrives can fall by a unit. */
export const splitRoundingSchedule = scheduleJson('split-rounding', {
	rounding: 'half-up',
	fees: [
		{ id: 'flat', name: en('Flat fee'), when: {}, fixed: { USD: '0.99' } },
		{
			id: 'receiving-bank',
			name: en('Receiving bank fee'),
			payer: 'recipient',
			when: {},
			percent: '0.5'
		},
		{
			id: 'receiving-tax',
			name: en('Receiving tax'),
			category: 'tax',
			payer: 'recipient',
			when: {},
			percent: '0.5'
		}
	]
});

export const HAND_MADE: ScheduleJson[] = [
	volumeSchedule,
	clampSchedule,
	graduatedSchedule,
	recipientSchedule,
	splitRoundingSchedule
];

/** Which rules folder a scenario prices against. */
export type Folder = 'hand-made' | 'shipped' | 'vectors' | 'usage';

/** A corridor of one schedule, and the window of principals a full scan covers. */
export interface Scenario {
	name: string;
	folder: Folder;
	request: Record<string, string>;
	/** Principals from..to minor units of the send currency are scanned. */
	from: number;
	to: number;
	/** Whether the side under test has no jumps at all (a control). */
	smooth: boolean;
}

interface ScenarioSpec {
	name: string;
	folder?: Folder;
	schedule: string;
	currency: string;
	destination: string;
	targetCurrency: string;
	funding?: string;
	payout?: string;
	from?: number;
	to: number;
	smooth?: boolean;
}

const scenario = (spec: ScenarioSpec): Scenario => ({
	name: spec.name,
	folder: spec.folder ?? 'hand-made',
	from: spec.from ?? 1,
	to: spec.to,
	smooth: spec.smooth ?? false,
	request: Object.fromEntries(
		Object.entries({
			schedule: spec.schedule,
			type: 'transfer',
			funding: spec.funding ?? 'balance',
			payout: spec.payout,
			currency: spec.currency,
			destination: spec.destination,
			targetCurrency: spec.targetCurrency
		}).filter(([, v]) => v !== undefined)
	) as Record<string, string>
});

const usdToMxn = { currency: 'USD', destination: 'MX', targetCurrency: 'MXN' };
const usdToUsd = { currency: 'USD', destination: 'US', targetCurrency: 'USD' };
const usdToJpy = { currency: 'USD', destination: 'JP', targetCurrency: 'JPY' };
const jpyToUsd = { currency: 'JPY', destination: 'US', targetCurrency: 'USD' };

export const PAY_SCENARIOS: Scenario[] = [
	scenario({ name: 'volume tiers, USD to MXN', schedule: 'volume', ...usdToMxn, to: 25_000 }),
	scenario({
		name: 'volume tiers in JPY and USD, JPY to USD',
		schedule: 'volume',
		...jpyToUsd,
		to: 25_000
	}),
	scenario({
		name: 'clamps and amount conditions, USD to JPY by card',
		schedule: 'clamps',
		...usdToJpy,
		funding: 'card',
		to: 15_000
	}),
	scenario({
		name: 'clamps and amount conditions, JPY to USD',
		schedule: 'clamps',
		...jpyToUsd,
		to: 20_000
	}),
	scenario({
		name: 'graduated tiers with fixed per bracket, USD to GBP',
		schedule: 'graduated',
		currency: 'USD',
		destination: 'GB',
		targetCurrency: 'GBP',
		to: 20_000
	}),
	scenario({
		name: 'a flat fee, no jumps, USD to USD',
		schedule: 'recipient',
		...usdToUsd,
		payout: 'bank',
		to: 3_000,
		smooth: true
	}),
	scenario({
		name: 'wallet-standard large-transfer tiers around 1000 USD, USD to MXN by debit card',
		folder: 'shipped',
		schedule: 'wallet-standard',
		...usdToMxn,
		funding: 'debit_card',
		from: 95_000,
		to: 110_000
	}),
	scenario({
		name: 'vector-wallet volume tiers around 1000 CNY, CNY to USD',
		folder: 'vectors',
		schedule: 'vector-wallet',
		currency: 'CNY',
		destination: 'US',
		targetCurrency: 'USD',
		from: 95_000,
		to: 110_000
	})
];

export const RECEIVE_SCENARIOS: Scenario[] = [
	scenario({
		name: 'recipient volume tiers and amount condition, USD to MXN cash',
		schedule: 'recipient',
		...usdToMxn,
		payout: 'cash',
		to: 25_000
	}),
	scenario({
		name: 'recipient clamped fee, USD to MXN bank',
		schedule: 'recipient',
		...usdToMxn,
		payout: 'bank',
		to: 12_000
	}),
	scenario({
		name: 'recipient volume tiers, JPY to MXN cash',
		schedule: 'recipient',
		currency: 'JPY',
		destination: 'MX',
		targetCurrency: 'MXN',
		payout: 'cash',
		to: 30_000
	}),
	scenario({
		name: 'a clamped recipient fee without conversion, no jumps, USD to USD',
		schedule: 'recipient',
		...usdToUsd,
		payout: 'bank',
		to: 5_000,
		smooth: true
	}),
	scenario({
		name: 'a recipient fee taking everything, USD to MXN',
		schedule: 'recipient',
		...usdToMxn,
		payout: 'void',
		to: 2_000,
		smooth: true
	}),
	scenario({
		name: 'fx margin by amount, USD to JPY',
		schedule: 'clamps',
		...usdToJpy,
		to: 10_000
	}),
	scenario({
		name: 'two recipient lines rounded apart, USD to USD',
		schedule: 'split-rounding',
		...usdToUsd,
		to: 12_000
	})
];
