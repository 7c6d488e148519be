import type { Dictionary } from '../locales';

const en = {
	title: 'Fee schedules',
	intro:
		'Every price comes from a versioned schedule file. A new version never changes an old one: it takes effect at its own date.',
	versions: 'Versions',
	status: { past: 'Past', current: 'In force', upcoming: 'Upcoming' },
	effectiveFrom: 'Effective from',
	view: 'View',
	diffWith: (v: string) => `What changes from ${v}`,
	raw: 'Raw JSON file',
	hash: 'SHA-256 of the file',
	forChecking: 'For developers: name in the API, and the file’s fingerprint',
	idForApi: 'Name in the API and command line:',
	sources: 'Sources',
	fees: 'Fees and taxes',
	fx: 'Exchange-rate margins',
	limits: 'Limits per transfer',
	notices: 'Notices',
	delivery: 'Delivery estimates',
	lint: 'Checks',
	noLint: 'No findings.',
	noFx: 'No exchange-rate margin: amounts are converted at the reference rate.',
	noLimits: 'No minimum or maximum amount.',
	basics: 'At a glance',
	baseCurrency: 'Base currency',
	roundingMode: {
		'half-up': 'to the nearest cent, halves up',
		'half-even': 'to the nearest cent, halves to the even cent',
		down: 'down to the cent',
		up: 'up to the cent'
	},
	region: {
		EEA: 'the European Economic Area',
		ASIA: 'Asia',
		LATAM: 'Latin America',
		SANCTIONED: 'countries under sanctions',
		SEPA: 'the SEPA area'
	} as Record<string, string>,
	rounding: 'Rounding',
	origins: 'Sending from',
	currencies: 'Pay in',
	destinations: 'Destinations',
	types: 'Transfer types',
	funding: 'Ways to pay',
	payouts: 'Payout methods',
	profiles: 'Account types',
	regions: 'Regions',
	component: 'Component',
	when: 'Applies when',
	charge: 'Charge',
	payer: { sender: 'paid by the sender', recipient: 'deducted from what arrives' },
	category: { fee: 'fee', tax: 'tax' },
	always: 'always',
	/** A first-match list's entry that matches whatever the earlier ones did not. */
	otherwise: 'otherwise',
	first: 'The first matching entry applies.',
	every: 'Every matching entry applies.',
	tier: {
		volume: 'Volume tiers (one bracket applies to the whole amount)',
		graduated: 'Graduated tiers (each bracket applies to its slice)'
	},
	upTo: 'Up to',
	above: 'Above',
	percent: 'Percent',
	fixed: 'Fixed',
	margin: 'Margin',
	min: 'Minimum',
	max: 'Maximum',
	hours: (a: number, b: number) => (a === b ? `${a} h` : `${a}–${b} h`),
	severity: { block: 'Blocks the transfer', warn: 'Warning', info: 'Information' },
	none: 'None',
	and: ' and ',
	or: ' or ',
	/** Between clauses that have commas of their own, such as windows. */
	orClause: ', or ',
	speeds: 'Delivery speeds',
	speedHours: (name: string, hours: string) => `${name} (${hours})`,
	usagePeriod: 'Usage period',
	usage: {
		'calendar-month': {
			name: 'Calendar month: usage starts again on the 1st of each month',
			short: 'calendar month',
			each: 'each calendar month',
			this: 'this calendar month'
		},
		'rolling-30-days': {
			name: 'Rolling 30 days: usage counts the 30 days before each transfer',
			short: 'rolling 30 days',
			each: 'in any 30 days',
			this: 'in the last 30 days'
		},
		none: { name: 'Not stated', short: 'not stated', each: 'per period', this: 'this period' }
	},
	rates: 'Reference rates',
	ratesOrder: 'In this order: a pair of currencies is priced from the first that publishes both.',
	noRatesYet: 'None in force yet.',
	rateAge: 'Exchange-rate age',
	rateMaxAge: (hours: string) => `Rates older than ${hours} hours are flagged as out of date.`,
	rateNoMaxAge: 'Never flagged as out of date.',
	allowance: (amount: string, each: string) => `The first ${amount} ${each} is free of this fee.`,
	periodTiers: {
		volume: (period: string) =>
			`The bracket is the one that everything sent ${period}, including this transfer, falls in; its rate applies to the whole transfer.`,
		graduated: (period: string) =>
			`The brackets count everything sent ${period}: this transfer fills them from where the earlier transfers stopped.`
	},
	helpAndSupport: 'Help and support',
	helpIntro: 'What the provider suggests when a transfer runs into one of these situations.',
	noHelp: 'This schedule gives no help texts of its own.',
	readMore: 'Read more',
	situation: {
		below_minimum: 'The amount is below the minimum.',
		above_maximum: 'The amount is above the maximum.'
	} as Record<string, string>,
	/** The weekday style of a window: "Friday". */
	weekday: 'long' as 'long' | 'short',
	window: (from: string, to: string, zone: string) => `${from} to ${to}, ${zone}`,
	/** A window as a condition: "from Friday 17:00 to Sunday 18:00, New York time". */
	during: (window: string) => `from ${window}`,
	zoneTime: (city: string) => `${city} time`,
	city: {} as Record<string, string>,
	nth: (n: number) => {
		const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as Record<string, string>;
		return `${n}${suffix[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)] ?? 'th'}`;
	},
	transfers: {
		from: (nth: string, period: string) => `from the ${nth} transfer ${period}`,
		first: (period: string) => `for the first transfer ${period}`,
		upTo: (n: number, period: string) => `for the first ${n} transfers ${period}`,
		only: (nth: string, period: string) => `for the ${nth} transfer ${period}`,
		between: (a: string, b: string, period: string) =>
			`from the ${a} to the ${b} transfer ${period}`
	},
	cond: {
		type: 'type is',
		funding: 'paid with',
		payout: 'paid out as',
		profile: 'account is',
		speed: 'delivery speed is',
		transfersThisPeriod: '',
		currency: 'paid in',
		targetCurrency: 'received in',
		origin: 'sent from',
		destination: 'sent to',
		scope: 'the transfer is',
		domestic: 'domestic',
		international: 'international',
		gte: 'amount ≥',
		gt: 'amount >',
		lte: 'amount ≤',
		lt: 'amount <'
	}
};

export type SchedulesText = typeof en;

const zhCN: SchedulesText = {
	title: '费率表',
	intro: '每个价格都来自带版本号的费率表文件。新版本不会修改旧版本，而是在自己的生效日期起生效。',
	versions: '版本',
	status: { past: '已失效', current: '现行', upcoming: '即将生效' },
	effectiveFrom: '生效时间',
	view: '查看',
	diffWith: (v: string) => `相对 ${v} 的变化`,
	raw: '原始 JSON 文件',
	hash: '文件 SHA-256',
	forChecking: '开发者信息：接口中的名称和文件指纹',
	idForApi: '接口和命令行中的名称：',
	sources: '来源',
	fees: '手续费和税费',
	fx: '汇率加价',
	limits: '单笔限额',
	notices: '提示',
	delivery: '到账时间',
	lint: '检查',
	noLint: '没有发现问题。',
	noFx: '无汇率加价：按参考汇率兑换。',
	noLimits: '无最低或最高金额限制。',
	basics: '概览',
	baseCurrency: '基准货币',
	roundingMode: {
		'half-up': '四舍五入到最小货币单位',
		'half-even': '四舍六入五成双到最小货币单位',
		down: '向下舍入到最小货币单位',
		up: '向上舍入到最小货币单位'
	},
	region: {
		EEA: '欧洲经济区',
		ASIA: '亚洲',
		LATAM: '拉丁美洲',
		SANCTIONED: '受制裁国家和地区',
		SEPA: 'SEPA 区域'
	},
	rounding: '舍入方式',
	origins: '汇出地',
	currencies: '付款币种',
	destinations: '汇往地',
	types: '转账类型',
	funding: '付款方式',
	payouts: '收款方式',
	profiles: '账户类型',
	regions: '地区',
	component: '项目',
	when: '适用条件',
	charge: '收费',
	payer: { sender: '由汇款人支付', recipient: '从到账金额中扣除' },
	category: { fee: '手续费', tax: '税费' },
	always: '始终适用',
	otherwise: '其他情况',
	first: '按顺序取第一条匹配的规则。',
	every: '所有匹配的规则都适用。',
	tier: {
		volume: '全额累进（整笔金额适用一个档位）',
		graduated: '超额累进（每档适用于该档内的部分）'
	},
	upTo: '不超过',
	above: '超过',
	percent: '百分比',
	fixed: '固定',
	margin: '加价',
	min: '最低',
	max: '最高',
	hours: (a: number, b: number) => (a === b ? `${a} 小时` : `${a}–${b} 小时`),
	severity: { block: '阻止转账', warn: '警告', info: '信息' },
	none: '无',
	and: '，且',
	or: '或',
	orClause: '，或',
	speeds: '到账速度',
	speedHours: (name: string, hours: string) => `${name}（${hours}）`,
	usagePeriod: '用量周期',
	usage: {
		'calendar-month': {
			name: '自然月：每月 1 日起重新计算用量',
			short: '自然月',
			each: '每个自然月',
			this: '本自然月'
		},
		'rolling-30-days': {
			name: '滚动 30 天：用量按每笔转账之前的 30 天计算',
			short: '滚动 30 天',
			each: '任意 30 天内',
			this: '近 30 天内'
		},
		none: { name: '未说明', short: '未说明', each: '每个周期', this: '本周期内' }
	},
	rates: '参考汇率',
	ratesOrder: '按此顺序：一对货币按第一个同时公布两者汇率的来源计价。',
	noRatesYet: '尚无生效的汇率。',
	rateAge: '汇率时效',
	rateMaxAge: (hours: string) => `超过 ${hours} 小时的汇率会被标为过时。`,
	rateNoMaxAge: '从不标为过时。',
	allowance: (amount: string, each: string) => `${each}的前 ${amount} 免收此项费用。`,
	periodTiers: {
		volume: (period: string) =>
			`档位按${period}累计汇出的金额（含本笔）确定，该档费率适用于本笔全额。`,
		graduated: (period: string) =>
			`档位按${period}累计汇出的金额计算：本笔从此前转账用到的位置起依次计入各档。`
	},
	helpAndSupport: '帮助与客服',
	helpIntro: '转账遇到以下情况时，服务商建议的做法。',
	noHelp: '此费率表没有自带的帮助说明。',
	readMore: '了解更多',
	situation: {
		below_minimum: '金额低于最低限额。',
		above_maximum: '金额高于最高限额。'
	},
	weekday: 'short',
	window: (from: string, to: string, zone: string) => `${zone}${from} 至${to}`,
	during: (window: string) => `在${window} 期间`,
	zoneTime: (city: string) => `${city}时间`,
	city: {
		'America/New_York': '纽约',
		'America/Chicago': '芝加哥',
		'America/Los_Angeles': '洛杉矶',
		'America/Port-au-Prince': '太子港',
		'America/Mexico_City': '墨西哥城',
		'Europe/London': '伦敦',
		'Europe/Dublin': '都柏林',
		'Europe/Paris': '巴黎',
		'Europe/Berlin': '柏林',
		'Asia/Shanghai': '上海',
		'Asia/Hong_Kong': '香港',
		'Asia/Tokyo': '东京',
		'Asia/Singapore': '新加坡',
		'Asia/Manila': '马尼拉'
	},
	nth: (n: number) => `第 ${n} 笔`,
	transfers: {
		from: (nth: string, period: string) => `${period}${nth}起`,
		first: (period: string) => `${period}第 1 笔`,
		upTo: (n: number, period: string) => `${period}前 ${n} 笔`,
		only: (nth: string, period: string) => `${period}${nth}`,
		between: (a: string, b: string, period: string) => `${period}${a}至${b}`
	},
	cond: {
		type: '类型为',
		funding: '付款方式为',
		payout: '收款方式为',
		profile: '账户为',
		speed: '到账速度为',
		transfersThisPeriod: '',
		currency: '付款币种为',
		targetCurrency: '收款币种为',
		origin: '汇出地为',
		destination: '汇往',
		scope: '转账为',
		domestic: '境内',
		international: '跨境',
		gte: '金额 ≥',
		gt: '金额 >',
		lte: '金额 ≤',
		lt: '金额 <'
	}
};

/** Texts of the schedule pages. */
export const schedulesText: Dictionary<SchedulesText> = { en, 'zh-CN': zhCN };
