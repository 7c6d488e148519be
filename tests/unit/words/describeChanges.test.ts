import { describe, expect, it } from 'vitest';
import type { Schedule } from '$lib/engine';
import { type ChangeEntry, type ChangeGroup, describeChanges, type Locale } from '$lib/words';
import { diffSchedules } from '$lib/schedules';

const i18n = (en: string, zh: string) => ({ en, 'zh-CN': zh });

const A: Schedule = {
	schemaVersion: 1,
	id: 'wallet',
	version: '2026-01-01',
	effectiveFrom: '2026-01-01T00:00:00Z',
	name: i18n('Wallet', '钱包'),
	baseCurrency: 'USD',
	origins: ['US'],
	types: { transfer: { name: i18n('Transfer', '转账') } },
	funding: { balance: { name: i18n('Balance', '余额') } },
	currencies: ['USD'],
	destinations: { MX: { currencies: ['MXN'] } },
	fees: [
		{
			id: 'intl',
			name: i18n('International transfer fee', '国际转账手续费'),
			when: { scope: 'international' },
			percent: '1.5'
		},
		{
			id: 'statement',
			name: i18n('Paper statement fee', '纸质账单费'),
			when: { type: 'transfer' },
			fixed: { USD: '2.00' }
		}
	],
	fx: [{ when: { destination: 'MX' }, marginPercent: '1.25' }],
	limits: [{ id: 'max', when: {}, max: { USD: '10000.00', JPY: '1500000' } }]
};

/** The next version: A with `parts` replaced. */
const next = (parts: Partial<Schedule>): Schedule => ({
	...A,
	version: '2026-02-01',
	effectiveFrom: '2026-02-01T00:00:00Z',
	...parts
});

const withFee = (i: number, parts: Partial<Schedule['fees'][number]>) =>
	A.fees.map((f, j) => (j === i ? { ...f, ...parts } : f));

const CARD_FEE = {
	id: 'card',
	name: i18n('Card fee', '银行卡手续费'),
	when: { funding: 'balance' },
	fixed: { USD: '1.50', JPY: '200' }
};

type Expected = Record<Locale, { group: [string, string]; entry: Omit<ChangeEntry, 'key'> }>;

// Each case is one change; the expected words are worked out from the dictionaries (en, zh-CN):
// amounts in the locale's currency style, percents as "n%" (formatPercent), countries and keys by their names.
const CASES: [string, Schedule, Expected][] = [
	[
		'a percent raised',
		next({ fees: withFee(0, { percent: '1.75' }) }),
		{
			en: {
				group: ['fees', 'Fees and taxes'],
				entry: {
					title: 'International transfer fee',
					code: 'intl',
					lines: [
						{ kind: 'changed', field: 'Percent', before: '1.5%', after: '1.75%', direction: 'rise' }
					]
				}
			},
			'zh-CN': {
				group: ['fees', '手续费和税费'],
				entry: {
					title: '国际转账手续费',
					code: 'intl',
					lines: [
						{ kind: 'changed', field: '百分比', before: '1.5%', after: '1.75%', direction: 'rise' }
					]
				}
			}
		}
	],
	[
		'a percent lowered',
		next({ fees: withFee(0, { percent: '0.9' }) }),
		{
			en: {
				group: ['fees', 'Fees and taxes'],
				entry: {
					title: 'International transfer fee',
					code: 'intl',
					lines: [
						{ kind: 'changed', field: 'Percent', before: '1.5%', after: '0.9%', direction: 'fall' }
					]
				}
			},
			'zh-CN': {
				group: ['fees', '手续费和税费'],
				entry: {
					title: '国际转账手续费',
					code: 'intl',
					lines: [
						{ kind: 'changed', field: '百分比', before: '1.5%', after: '0.9%', direction: 'fall' }
					]
				}
			}
		}
	],
	[
		'a fixed amount raised',
		next({ fees: withFee(1, { fixed: { USD: '2.50' } }) }),
		{
			en: {
				group: ['fees', 'Fees and taxes'],
				entry: {
					title: 'Paper statement fee',
					code: 'statement',
					lines: [
						{
							kind: 'changed',
							field: 'Fixed amount (USD)',
							before: '$2.00',
							after: '$2.50',
							direction: 'rise'
						}
					]
				}
			},
			'zh-CN': {
				group: ['fees', '手续费和税费'],
				entry: {
					title: '纸质账单费',
					code: 'statement',
					lines: [
						{
							kind: 'changed',
							field: '固定金额（USD）',
							before: 'US$2.00',
							after: 'US$2.50',
							direction: 'rise'
						}
					]
				}
			}
		}
	],
	[
		'a fee added',
		next({ fees: [...A.fees, CARD_FEE] }),
		{
			en: {
				group: ['fees', 'Fees and taxes'],
				entry: {
					title: 'Card fee',
					code: 'card',
					lines: [
						{
							kind: 'added',
							field: '',
							after: '$1.50 / \u00a5200; applies when paid with Balance'
						}
					]
				}
			},
			'zh-CN': {
				group: ['fees', '手续费和税费'],
				entry: {
					title: '银行卡手续费',
					code: 'card',
					lines: [
						{
							kind: 'added',
							field: '',
							after: 'US$1.50 / JP\u00a5200；适用条件：付款方式为 余额'
						}
					]
				}
			}
		}
	],
	[
		'a fee removed',
		next({ fees: [A.fees[0]] }),
		{
			en: {
				group: ['fees', 'Fees and taxes'],
				entry: {
					title: 'Paper statement fee',
					code: 'statement',
					lines: [{ kind: 'removed', field: '', before: '$2.00; applies when type is Transfer' }]
				}
			},
			'zh-CN': {
				group: ['fees', '手续费和税费'],
				entry: {
					title: '纸质账单费',
					code: 'statement',
					lines: [{ kind: 'removed', field: '', before: 'US$2.00；适用条件：类型为 转账' }]
				}
			}
		}
	],
	[
		'a maximum raised',
		next({ limits: [{ id: 'max', when: {}, max: { USD: '25000.00', JPY: '1500000' } }] }),
		{
			en: {
				group: ['limits', 'Limits per transfer'],
				entry: {
					title: 'Limit, always',
					code: 'max',
					lines: [
						{
							kind: 'changed',
							field: 'Maximum (USD)',
							before: '$10,000.00',
							after: '$25,000.00'
						}
					]
				}
			},
			'zh-CN': {
				group: ['limits', '单笔限额'],
				entry: {
					title: '限额（始终适用）',
					code: 'max',
					lines: [
						{
							kind: 'changed',
							field: '最高（USD）',
							before: 'US$10,000.00',
							after: 'US$25,000.00'
						}
					]
				}
			}
		}
	],
	[
		'a maximum in JPY lowered',
		next({ limits: [{ id: 'max', when: {}, max: { USD: '10000.00', JPY: '1000000' } }] }),
		{
			en: {
				group: ['limits', 'Limits per transfer'],
				entry: {
					title: 'Limit, always',
					code: 'max',
					lines: [
						{
							kind: 'changed',
							field: 'Maximum (JPY)',
							before: '\u00a51,500,000',
							after: '\u00a51,000,000'
						}
					]
				}
			},
			'zh-CN': {
				group: ['limits', '单笔限额'],
				entry: {
					title: '限额（始终适用）',
					code: 'max',
					lines: [
						{
							kind: 'changed',
							field: '最高（JPY）',
							before: 'JP\u00a51,500,000',
							after: 'JP\u00a51,000,000'
						}
					]
				}
			}
		}
	],
	[
		'a destination added',
		next({ destinations: { ...A.destinations, JP: { currencies: ['JPY'] } } }),
		{
			en: {
				group: ['destinations', 'Destinations'],
				entry: {
					title: 'Japan',
					code: 'JP',
					lines: [{ kind: 'added', field: '', after: 'receives JPY' }]
				}
			},
			'zh-CN': {
				group: ['destinations', '汇往地'],
				entry: {
					title: '日本',
					code: 'JP',
					lines: [{ kind: 'added', field: '', after: '收款币种 JPY' }]
				}
			}
		}
	],
	[
		'an fx margin lowered',
		next({ fx: [{ when: { destination: 'MX' }, marginPercent: '1' }] }),
		{
			en: {
				group: ['fx', 'Exchange-rate margins'],
				entry: {
					title: 'Margin, sent to Mexico',
					code: null,
					lines: [
						{ kind: 'changed', field: 'Margin', before: '1.25%', after: '1%', direction: 'fall' }
					]
				}
			},
			'zh-CN': {
				group: ['fx', '汇率加价'],
				entry: {
					title: '加价（汇往 墨西哥）',
					code: null,
					lines: [
						{ kind: 'changed', field: '加价', before: '1.25%', after: '1%', direction: 'fall' }
					]
				}
			}
		}
	],
	[
		'an fx margin added after the others, for everything else',
		next({ fx: [...A.fx!, { when: {}, marginPercent: '2' }] }),
		{
			en: {
				group: ['fx', 'Exchange-rate margins'],
				entry: {
					title: 'Margin, otherwise',
					code: null,
					lines: [{ kind: 'added', field: '', after: '2%' }]
				}
			},
			'zh-CN': {
				group: ['fx', '汇率加价'],
				entry: {
					title: '加价（其他情况）',
					code: null,
					lines: [{ kind: 'added', field: '', after: '2%' }]
				}
			}
		}
	]
];

const LOCALES: Locale[] = ['en', 'zh-CN'];

const words = (groups: ChangeGroup[]) =>
	groups.flatMap((g) => [
		g.title,
		...g.entries.flatMap((e) => [
			e.title ?? '',
			...e.lines.flatMap((l) => [l.field, l.before ?? '', l.after ?? ''])
		])
	]);

describe('describeChanges', () => {
	describe.each(LOCALES)('in %s', (locale) => {
		it.each(CASES)('words %s', (_, b, expected) => {
			const groups = describeChanges(diffSchedules(A, b), { from: A, to: b }, locale);
			const { group, entry } = expected[locale];
			expect(groups).toHaveLength(1);
			expect([groups[0].section, groups[0].title]).toEqual(group);
			expect(groups[0].entries).toHaveLength(1);
			const { title, code, lines } = groups[0].entries[0];
			expect({ title, code, lines }).toEqual(entry);
		});

		it('groups several changes by section, in the order of the diff', () => {
			const b = next({
				destinations: { ...A.destinations, JP: { currencies: ['JPY'] } },
				fees: [{ ...A.fees[0], percent: '1.75' }, CARD_FEE],
				fx: [{ when: { destination: 'MX' }, marginPercent: '1' }],
				limits: [{ id: 'max', when: {}, max: { USD: '25000.00', JPY: '1500000' } }]
			});
			const groups = describeChanges(diffSchedules(A, b), { from: A, to: b }, locale);
			expect(groups.map((g) => [g.section, g.entries.map((e) => e.code)])).toEqual([
				['destinations', ['JP']],
				['fees', ['intl', 'statement', 'card']],
				['fx', [null]],
				['limits', ['max']]
			]);
		});

		it('writes money in the currency style of the locale, never as "10000.00 USD"', () => {
			for (const [, b] of CASES)
				for (const text of words(
					describeChanges(diffSchedules(A, b), { from: A, to: b }, locale)
				)) {
					expect(text).not.toMatch(/\d\.\d{2} ?[A-Z]{3}\b/);
					expect(text).not.toMatch(/\d{4}\.\d{2}/);
				}
		});

		it('describes no change between a version and itself', () => {
			expect(describeChanges(diffSchedules(A, A), { from: A, to: A }, locale)).toEqual([]);
		});

		it('does not mutate the schedules or the changes', () => {
			const b = next({ fees: [...A.fees, CARD_FEE] });
			const changes = diffSchedules(A, b);
			const copies = structuredClone({ A, b, changes });
			describeChanges(changes, { from: A, to: b }, locale);
			expect({ A, b, changes }).toEqual(copies);
		});
	});

	// Issue 16: a weekend mark-up on the rate reads as well as the weekend fee it replaces.
	it('words a weekend margin added ahead of the weekday one by its days, times and city', () => {
		const WEEKEND = { timeZone: 'America/New_York', from: 'fri 17:00', to: 'sun 18:00' };
		const b = next({
			fx: [{ when: { destination: 'MX', window: WEEKEND }, marginPercent: '2.25' }, ...A.fx!]
		});
		const say = (locale: Locale) =>
			describeChanges(diffSchedules(A, b), { from: A, to: b }, locale).flatMap((g) =>
				g.entries.map((e) => [e.title, ...e.lines.map((l) => [l.field, l.before, l.after])])
			);
		expect(say('en')).toEqual([
			[
				'Margin, sent to Mexico and from Friday 17:00 to Sunday 18:00, New York time',
				['', undefined, '2.25%']
			]
		]);
		expect(say('zh-CN')).toEqual([
			['加价（汇往 墨西哥，且在纽约时间周五 17:00 至周日 18:00 期间）', ['', undefined, '2.25%']]
		]);
	});

	// A fee with `when: {}` reads "…; always applies", not "applies when always".
	it('words an unconditional fee as always applying', () => {
		const a: Schedule = { ...A, fees: [...A.fees, { ...CARD_FEE, when: {} }] };
		const groups = describeChanges(diffSchedules(a, A), { from: a, to: A }, 'en');
		expect(groups[0].entries[0].lines[0].before).toBe('$1.50 / \u00a5200; always applies');
	});

	// Issue 11: diff colours by direction. A changed price carries `direction`, which the page says
	// in words ("raised from", "lowered from") and colours (a rise is not green).
	it('says whether a percent, an amount or a margin rises or falls', () => {
		const lines = (b: Schedule) =>
			describeChanges(diffSchedules(A, b), { from: A, to: b }, 'en').flatMap((g) =>
				g.entries.flatMap((e) => e.lines.map((l) => l.direction))
			);
		expect(lines(next({ fees: withFee(0, { percent: '1.75' }) }))).toEqual(['rise']);
		expect(lines(next({ fees: withFee(0, { percent: '0.9' }) }))).toEqual(['fall']);
		expect(lines(next({ fees: withFee(1, { fixed: { USD: '2.50' } }) }))).toEqual(['rise']);
	});
});

// Issue 12: allowances, period tiers, windows, speeds, the usage period, the rate age, help and
// support read in words, never as file keys, JSON or time-zone ids.
describe('describeChanges of usage, speeds, help and support', () => {
	const WEEKEND = { timeZone: 'America/New_York', from: 'fri 17:00', to: 'sun 18:00' };
	const U: Schedule = {
		...A,
		usagePeriod: 'calendar-month',
		rateMaxAgeHours: 96,
		speeds: { economy: { name: i18n('Economy', '经济') } },
		fees: [
			{ ...A.fees[0], allowance: { USD: '1000.00' } },
			{
				id: 'volume',
				name: i18n('Volume fee', '交易量手续费'),
				when: { window: WEEKEND },
				tiers: {
					currency: 'USD',
					mode: 'graduated',
					brackets: [
						{ upTo: '5000.00', percent: '1' },
						{ upTo: null, percent: '0.5' }
					]
				}
			}
		],
		help: { above_maximum: { text: i18n('Send less.', '请少汇一些。') } },
		support: { email: 'help@wallet.example', hours: i18n('Weekdays', '工作日') }
	};
	const after = (parts: Partial<Schedule>): Schedule => ({ ...U, version: '2026-02-01', ...parts });
	const fees = (i: number, parts: Partial<Schedule['fees'][number]>) =>
		U.fees.map((f, j) => (j === i ? { ...f, ...parts } : f));
	/** Each line of the changes as "field | before | after". */
	const lines = (b: Schedule, locale: Locale, a: Schedule = U) =>
		describeChanges(diffSchedules(a, b), { from: a, to: b }, locale).flatMap((g) =>
			g.entries.flatMap((e) =>
				e.lines.map((l) => [e.title ?? '', l.field, l.before ?? '', l.after ?? ''].join(' | '))
			)
		);
	const both = (b: Schedule, a: Schedule = U) => [lines(b, 'en', a), lines(b, 'zh-CN', a)];

	it('words an allowance raised, added and removed with the usage period', () => {
		expect(both(after({ fees: fees(0, { allowance: { USD: '1500.00' } }) }))).toEqual([
			[
				'International transfer fee | Free amount each calendar month (USD) | $1,000.00 | $1,500.00'
			],
			['国际转账手续费 | 每个自然月免费额度（USD） | US$1,000.00 | US$1,500.00']
		]);
		expect(both(after({ fees: fees(0, { allowance: null }) }))).toEqual([
			['International transfer fee | Free amount each calendar month | $1,000.00 | '],
			['国际转账手续费 | 每个自然月免费额度 | US$1,000.00 | ']
		]);
	});

	it('words a fee added with an allowance and period tiers in full', () => {
		const b = after({
			fees: [
				...U.fees,
				{
					...U.fees[1],
					id: 'new',
					tiers: { ...U.fees[1].tiers!, basis: 'period' },
					allowance: { USD: '100.00' }
				}
			]
		});
		expect(both(b)).toEqual([
			[
				'Volume fee |  |  | Graduated tiers (each bracket applies to its slice) (USD), 2 brackets, brackets count everything sent this calendar month, first $100.00 each calendar month free; applies when from Friday 17:00 to Sunday 18:00, New York time'
			],
			[
				'交易量手续费 |  |  | 超额累进（每档适用于该档内的部分） (USD), 2 档, 档位按本自然月累计汇出的金额计算, 每个自然月前 US$100.00 免费；适用条件：在纽约时间周五 17:00 至周日 18:00 期间'
			]
		]);
	});

	it('words tiers that start counting the period', () => {
		const b = after({ fees: fees(1, { tiers: { ...U.fees[1].tiers!, basis: 'period' } }) });
		expect(both(b)).toEqual([
			[
				'Volume fee | Brackets count | this transfer alone | everything sent this calendar month, including this transfer'
			],
			['交易量手续费 | 分档依据 | 仅本笔金额 | 本自然月累计汇出的金额（含本笔）']
		]);
	});

	it('words a window moved as the old and the new window', () => {
		const b = after({ fees: fees(1, { when: { window: { ...WEEKEND, to: 'mon 06:00' } } }) });
		expect(both(b)).toEqual([
			[
				'Volume fee | Applies when | from Friday 17:00 to Sunday 18:00, New York time | from Friday 17:00 to Monday 06:00, New York time'
			],
			[
				'交易量手续费 | 适用条件 | 在纽约时间周五 17:00 至周日 18:00 期间 | 在纽约时间周五 17:00 至周一 06:00 期间'
			]
		]);
	});

	it('words a speed and a transfer count added to a condition', () => {
		const b = after({
			speeds: { ...U.speeds, express: { name: i18n('Express', '加急') } },
			fees: fees(0, {
				when: { ...U.fees[0].when, speed: 'express', transfersThisPeriod: { gte: 3 } }
			})
		});
		expect(both(b)).toEqual([
			[
				' | Delivery speed |  | Express',
				'International transfer fee | Applies when |  | delivery speed is Express',
				'International transfer fee | Applies when |  | from the 4th transfer this calendar month'
			],
			[
				' | 到账速度 |  | 加急',
				'国际转账手续费 | 适用条件 |  | 到账速度为 加急',
				'国际转账手续费 | 适用条件 |  | 本自然月第 4 笔起'
			]
		]);
	});

	it('words the usage period, the rate age and a speed renamed', () => {
		const b = after({
			usagePeriod: 'rolling-30-days',
			rateMaxAgeHours: 48,
			speeds: { economy: { name: i18n('Saver', '经济') } }
		});
		expect(both(b)).toEqual([
			[
				' | Rates flagged as out of date after | 96 hours | 48 hours',
				' | Usage period | calendar month | rolling 30 days',
				' | Name of the delivery speed Saver (English) | Economy | Saver'
			],
			[
				' | 汇率标为过时的时限 | 96 小时 | 48 小时',
				' | 用量周期 | 自然月 | 滚动 30 天',
				' | 到账速度“经济”的名称（英语） | Economy | Saver'
			]
		]);
	});

	it('names the rate sources as people know them, never by their folder', () => {
		const a = after({ rateSource: 'ecb' } as Partial<Schedule>);
		const b = after({ rateSource: ['ecb', 'nbp'] } as Partial<Schedule>);
		expect(both(b, a)).toEqual([
			[' | Rate source | ECB | ECB and National Bank of Poland (NBP)'],
			[' | 汇率来源 | ECB | ECB和波兰国家银行']
		]);
	});

	it('words help by its situation and support by what each part is', () => {
		const b = after({
			help: {
				above_maximum: { text: i18n('Send less, or verify.', '请少汇一些。') },
				rate_stale: {
					text: i18n('Rates move.', '汇率会变动。'),
					url: 'https://wallet.example/rates'
				}
			},
			support: {
				email: 'care@wallet.example',
				hours: i18n('Every day', '每天'),
				phone: '+1 555 0100'
			}
		});
		expect(both(b)).toEqual([
			[
				' | Help for “The amount is above the maximum.” (English) | Send less. | Send less, or verify.',
				' | Help for “The reference exchange rate is out of date.” |  | Rates move. · https://wallet.example/rates',
				' | Support email | help@wallet.example | care@wallet.example',
				' | Support hours (English) | Weekdays | Every day',
				' | Support hours (Chinese (China)) | 工作日 | 每天',
				' | Support phone |  | +1 555 0100'
			],
			[
				' | “金额高于最高限额。”的帮助（英语） | Send less. | Send less, or verify.',
				' | “参考汇率已过时。”的帮助 |  | 汇率会变动。 · https://wallet.example/rates',
				' | 客服邮箱 | help@wallet.example | care@wallet.example',
				' | 客服时间（英语） | Weekdays | Every day',
				' | 客服时间（中文（中国）） | 工作日 | 每天',
				' | 客服电话 |  | +1 555 0100'
			]
		]);
	});

	it('words a help link added', () => {
		const b = after({
			help: { above_maximum: { ...U.help!.above_maximum, url: 'https://wallet.example/limits' } }
		});
		expect(both(b)).toEqual([
			[
				' | Link of the help for “The amount is above the maximum.” |  | https://wallet.example/limits'
			],
			[' | “金额高于最高限额。”的帮助链接 |  | https://wallet.example/limits']
		]);
	});

	it('words help and support added or removed as a whole', () => {
		const bare = after({ help: undefined, support: undefined, speeds: undefined });
		expect(both(U, bare)).toEqual([
			[
				' | Delivery speeds |  | Economy',
				' | Help texts |  | The amount is above the maximum.',
				' | Support |  | help@wallet.example · Weekdays'
			],
			[
				' | 到账速度 |  | 经济',
				' | 帮助说明 |  | 金额高于最高限额。',
				' | 客服 |  | help@wallet.example · 工作日'
			]
		]);
	});

	it('shows no file key, JSON or time-zone id', () => {
		const b = after({
			usagePeriod: 'rolling-30-days',
			speeds: undefined,
			help: { rate_stale: { text: i18n('Rates move.', '汇率会变动。') } },
			support: { chat: 'https://wallet.example/chat' },
			fees: fees(1, { when: { window: { ...WEEKEND, from: 'sat 00:00' } } })
		});
		for (const locale of ['en', 'zh-CN'] as const)
			for (const line of lines(b, locale))
				expect(line).not.toMatch(
					/[{}]|_|America|usagePeriod|rolling-30|rateMaxAge|\| (help|support|speeds) \|/
				);
	});
});
