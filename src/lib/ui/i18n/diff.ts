import type { Dictionary } from '../../present';

const en = {
	title: (name: string, from: string, to: string) => `${name}: from ${from} to ${to}`,
	heading: 'What a new version changes',
	intro:
		'Everything that differs between two versions of this schedule, and what the difference does to the price of a wide range of transfers.',
	back: 'All schedules',
	choose: 'Versions to compare',
	from: 'From version',
	to: 'To version',
	compare: 'Compare',
	effective: (date: string) => `effective ${date}`,
	onlyOne: 'This schedule has only one version, so there is nothing to compare yet.',

	fileChanges: 'What changed in the file',
	changeCount: (n: string) => (n === '1' ? '1 change.' : `${n} changes.`),
	noChanges: 'Nothing in the file changed: both versions price every transfer the same way.',
	sections: {
		schedule: 'The schedule as a whole',
		types: 'Transfer types',
		funding: 'Ways to pay',
		payouts: 'Payout methods',
		profiles: 'Account types',
		destinations: 'Destinations',
		regions: 'Regions',
		fees: 'Fees and taxes',
		fx: 'Exchange-rate margins',
		limits: 'Limits per transfer',
		notices: 'Notices',
		delivery: 'Delivery estimates'
	},
	kind: { added: 'added', removed: 'removed', changed: 'changed from' },
	changedTo: 'to',
	direction: { rise: 'raised from', fall: 'lowered from' },
	colon: ': ',
	entry: 'Entry',
	limitWhen: (when: string) => `Limit, ${when}`,
	marginWhen: (when: string) => `Margin, ${when}`,
	deliveryWhen: (when: string) => `Delivery, ${when}`,
	field: {
		percent: 'Percent',
		fixed: 'Fixed amount',
		min: 'Minimum',
		max: 'Maximum',
		name: 'Name',
		category: 'Counts as',
		payer: 'Paid by',
		when: 'Applies when',
		tiers: 'Tiers',
		mode: 'Kind of tiers',
		currency: 'Tier currency',
		bracket: (n: number) => `Tier ${n}`,
		upTo: 'up to',
		marginPercent: 'Margin',
		minHours: 'At the earliest',
		maxHours: 'At the latest',
		severity: 'Severity',
		message: 'Message',
		currencies: 'Currencies',
		defaultCurrency: 'Default currency',
		origins: 'Sending from',
		defaultOrigin: 'Default sending country',
		payCurrencies: 'Pay in',
		baseCurrency: 'Base currency',
		rateSource: 'Rate source',
		rounding: 'Rounding',
		conversionRounding: 'Rounding of converted amounts',
		sources: 'Sources',
		countries: 'Countries',
		defaultPayout: 'Default payout method',
		defaultProfile: 'Default account type',
		position: 'Place in the list (the first matching entry applies)',
		inLanguage: (field: string, language: string) => `${field} (${language})`,
		inCurrency: (field: string, currency: string) => `${field} (${currency})`,
		allowance: (each: string) => `Free amount ${each}`,
		basis: 'Brackets count',
		rateMaxAgeHours: 'Rates flagged as out of date after',
		usagePeriod: 'Usage period',
		speeds: 'Delivery speeds',
		speed: 'Delivery speed',
		speedName: (name: string) => `Name of the delivery speed ${name}`,
		help: 'Help texts',
		helpFor: (situation: string) => `Help for “${situation}”`,
		helpLink: (situation: string) => `Link of the help for “${situation}”`,
		support: 'Support',
		supportPart: {
			email: 'Support email',
			phone: 'Support phone',
			chat: 'Support chat',
			hours: 'Support hours',
			replyWithin: 'Support reply time'
		} as Record<string, string>
	},
	value: {
		hours: (n: string) => (n === '1' ? '1 hour' : `${n} hours`),
		allowance: (amount: string, each: string) => `first ${amount} ${each} free`,
		basis: {
			transfer: 'this transfer alone',
			period: (period: string) => `everything sent ${period}, including this transfer`
		},
		periodTiers: (period: string) => `brackets count everything sent ${period}`,
		charge: (parts: string, when: string | null) =>
			when === null ? `${parts}; always applies` : `${parts}; applies when ${when}`,
		receives: (currencies: string) => `receives ${currencies}`,
		brackets: (n: number) => (n === 1 ? '1 bracket' : `${n} brackets`),
		noUpperBound: 'no upper bound'
	},

	impact: 'What it does to prices',
	grid: (requests: string, amounts: string, origin: string, profile: string | null) =>
		`${requests} requests: every transfer type × way to pay × payout method × destination, each sending the equivalent of ${amounts}, from ${origin}${profile ? ` with a ${profile.toLowerCase()}` : ''}.`,
	space: ' ',
	pricedAt: (date: string) => `Both versions are priced at ${date}`,
	withRates: (source: string, asOf: string) =>
		`, with the ${source.toUpperCase()} reference rates of ${asOf}.`,
	noRates: ', without exchange rates.',
	summary: {
		increased: 'Cost goes up',
		decreased: 'Cost goes down',
		unchanged: 'Cost stays the same',
		newlyBlocked: 'Newly blocked',
		newlyUnblocked: 'Newly possible',
		blockedBoth: 'Blocked under both'
	},

	chart: 'How the change in total cost spreads',
	chartNote:
		'Change in the total cost (fees and exchange-rate margin) as a percent of the old cost, for the requests allowed under both versions.',
	chartLabel: (changed: string) =>
		`Bar chart of ${changed} requests whose total cost changes, grouped by how much, from the biggest decreases on the left to the biggest increases on the right. The table beside it gives the same numbers.`,
	notDrawn: (n: string) => `Not drawn: ${n} requests whose cost stays the same (in the table).`,
	axisX: 'Change in total cost',
	axisY: 'Requests',
	tableCaption: 'Requests by change in total cost',
	range: 'Change in total cost',
	count: 'Requests',
	unchanged: 'No change',
	below: (x: string) => `below ${x}%`,
	above: (x: string) => `above ${x}%`,
	between: (a: string, b: string) => `${a}% to ${b}%`,
	fromZero: (n: string) =>
		`${n} requests cost nothing under the old version and something under the new one (no percent change).`,

	lists: {
		increases: 'Biggest increases',
		decreases: 'Biggest decreases',
		blocked: 'Newly blocked',
		unblocked: 'Newly possible'
	},
	listNotes: {
		increases:
			'Requests whose total cost goes up the most (converted to the base currency to rank).',
		decreases: 'Requests whose total cost goes down the most.',
		blocked: 'Requests the old version allowed and the new one blocks.',
		unblocked: 'Requests the old version blocked and the new one allows.'
	},
	shown: (shown: string, total: string) => `Showing ${shown} of ${total}.`,
	all: (n: string) => `See all ${n}`,
	none: 'None.',
	col: {
		transfer: 'Transfer',
		sent: 'Amount sent',
		costIn: (version: string) => `Cost, ${version}`,
		change: 'Change',
		why: 'Why it is blocked',
		wasWhy: 'Why it was blocked'
	},
	fromZeroShort: 'from zero',
	overview: 'Back to the overview',
	pages: 'Pages',
	previous: 'Previous',
	next: 'Next',
	rowsOf: (a: string, b: string, n: string) => `Rows ${a}–${b} of ${n}.`
};

export type DiffText = typeof en;

const zhCN: DiffText = {
	title: (name: string, from: string, to: string) => `${name}：从 ${from} 到 ${to}`,
	heading: '新版本带来的变化',
	intro: '两个版本费率表之间的全部差异，以及这些差异对各类转账价格的影响。',
	back: '全部费率表',
	choose: '选择要比较的版本',
	from: '原版本',
	to: '新版本',
	compare: '比较',
	effective: (date: string) => `${date}生效`,
	onlyOne: '此费率表只有一个版本，暂时没有可比较的内容。',

	fileChanges: '文件中的变化',
	changeCount: (n: string) => `共 ${n} 处变化。`,
	noChanges: '文件没有任何变化：两个版本对每笔转账的定价完全相同。',
	sections: {
		schedule: '费率表整体',
		types: '转账类型',
		funding: '付款方式',
		payouts: '收款方式',
		profiles: '账户类型',
		destinations: '汇往地',
		regions: '地区',
		fees: '手续费和税费',
		fx: '汇率加价',
		limits: '单笔限额',
		notices: '提示',
		delivery: '到账时间'
	},
	kind: { added: '新增', removed: '删除', changed: '由' },
	changedTo: '改为',
	direction: { rise: '上调，由', fall: '下调，由' },
	colon: '：',
	entry: '条目',
	limitWhen: (when: string) => `限额（${when}）`,
	marginWhen: (when: string) => `加价（${when}）`,
	deliveryWhen: (when: string) => `到账时间（${when}）`,
	field: {
		percent: '百分比',
		fixed: '固定金额',
		min: '最低',
		max: '最高',
		name: '名称',
		category: '类别',
		payer: '支付方',
		when: '适用条件',
		tiers: '分档',
		mode: '分档方式',
		currency: '分档币种',
		bracket: (n: number) => `第 ${n} 档`,
		upTo: '上限',
		marginPercent: '加价',
		minHours: '最快',
		maxHours: '最慢',
		severity: '级别',
		message: '提示内容',
		currencies: '币种',
		defaultCurrency: '默认币种',
		origins: '汇出地',
		defaultOrigin: '默认汇出地',
		payCurrencies: '付款币种',
		baseCurrency: '基准货币',
		rateSource: '汇率来源',
		rounding: '舍入方式',
		conversionRounding: '换汇金额的舍入方式',
		sources: '来源',
		countries: '国家或地区',
		defaultPayout: '默认收款方式',
		defaultProfile: '默认账户类型',
		position: '在列表中的位置（取第一条匹配的规则）',
		inLanguage: (field: string, language: string) => `${field}（${language}）`,
		inCurrency: (field: string, currency: string) => `${field}（${currency}）`,
		allowance: (each: string) => `${each}免费额度`,
		basis: '分档依据',
		rateMaxAgeHours: '汇率标为过时的时限',
		usagePeriod: '用量周期',
		speeds: '到账速度',
		speed: '到账速度',
		speedName: (name: string) => `到账速度“${name}”的名称`,
		help: '帮助说明',
		helpFor: (situation: string) => `“${situation}”的帮助`,
		helpLink: (situation: string) => `“${situation}”的帮助链接`,
		support: '客服',
		supportPart: {
			email: '客服邮箱',
			phone: '客服电话',
			chat: '在线客服',
			hours: '客服时间',
			replyWithin: '客服回复时间'
		}
	},
	value: {
		hours: (n: string) => `${n} 小时`,
		allowance: (amount: string, each: string) => `${each}前 ${amount} 免费`,
		basis: {
			transfer: '仅本笔金额',
			period: (period: string) => `${period}累计汇出的金额（含本笔）`
		},
		periodTiers: (period: string) => `档位按${period}累计汇出的金额计算`,
		charge: (parts: string, when: string | null) =>
			when === null ? `${parts}；始终适用` : `${parts}；适用条件：${when}`,
		receives: (currencies: string) => `收款币种 ${currencies}`,
		brackets: (n: number) => `${n} 档`,
		noUpperBound: '无上限'
	},

	impact: '对价格的影响',
	grid: (requests: string, amounts: string, origin: string, profile: string | null) =>
		`共 ${requests} 笔请求：每种转账类型 × 付款方式 × 收款方式 × 汇往地，分别汇出相当于 ${amounts} 的金额，从${origin}汇出${profile ? `，使用${profile}` : ''}。`,
	space: '',
	pricedAt: (date: string) => `两个版本均按 ${date} 计价`,
	withRates: (source: string, asOf: string) =>
		`，使用 ${source.toUpperCase()} ${asOf} 的参考汇率。`,
	noRates: '，不使用汇率。',
	summary: {
		increased: '费用上升',
		decreased: '费用下降',
		unchanged: '费用不变',
		newlyBlocked: '新增受阻',
		newlyUnblocked: '新增可办理',
		blockedBoth: '两个版本均受阻'
	},

	chart: '总费用变化的分布',
	chartNote: '总费用（手续费加汇率加价）的变化占原费用的百分比，仅统计两个版本都允许的请求。',
	chartLabel: (changed: string) =>
		`柱状图：总费用发生变化的 ${changed} 笔请求按变化幅度分组，左侧为降幅最大，右侧为涨幅最大。旁边的表格列出相同的数据。`,
	notDrawn: (n: string) => `图中未画出费用不变的 ${n} 笔请求（见表格）。`,
	axisX: '总费用变化',
	axisY: '请求数',
	tableCaption: '按总费用变化统计的请求数',
	range: '总费用变化',
	count: '请求数',
	unchanged: '不变',
	below: (x: string) => `低于 ${x}%`,
	above: (x: string) => `高于 ${x}%`,
	between: (a: string, b: string) => `${a}% 至 ${b}%`,
	fromZero: (n: string) => `有 ${n} 笔请求在原版本下免费、在新版本下收费（无法计算百分比）。`,

	lists: {
		increases: '涨幅最大',
		decreases: '降幅最大',
		blocked: '新增受阻',
		unblocked: '新增可办理'
	},
	listNotes: {
		increases: '总费用上涨最多的请求（按基准货币折算后排序）。',
		decreases: '总费用下降最多的请求。',
		blocked: '原版本允许、新版本阻止的请求。',
		unblocked: '原版本阻止、新版本允许的请求。'
	},
	shown: (shown: string, total: string) => `显示 ${total} 项中的 ${shown} 项。`,
	all: (n: string) => `查看全部 ${n} 项`,
	none: '无。',
	col: {
		transfer: '转账',
		sent: '汇出金额',
		costIn: (version: string) => `费用（${version}）`,
		change: '变化',
		why: '受阻原因',
		wasWhy: '原先受阻的原因'
	},
	fromZeroShort: '从零起',
	overview: '返回概览',
	pages: '分页',
	previous: '上一页',
	next: '下一页',
	rowsOf: (a: string, b: string, n: string) => `第 ${a}–${b} 行，共 ${n} 行。`
};

/** Texts of the page that compares two versions of a schedule. */
export const diffText: Dictionary<DiffText> = { en, 'zh-CN': zhCN };
