import type { Mode } from '../../engine';
import type { Dictionary } from '../locales';

type PresetText = { label: string; hint: string };

type Asked = { mode: Mode; amount: string; from: string; to: string | null };

const en = {
	/** What every option is priced for, above the ranking: "Sending $200.00 from … to …". */
	asked: ({ mode, amount, from, to }: Asked) =>
		`${mode === 'send' ? `Sending ${amount}` : mode === 'pay' ? `Paying ${amount} in all` : `For ${amount} to arrive`} from ${from}${to ? ` to ${to}` : ''}`,
	change: 'Change what is compared',
	decodeLink: 'Already sent money? See what your bank’s transfer really cost',
	title: 'Compare ways to send',
	intro:
		'The same transfer priced every way you could make it, ranked by what it costs you in total: fees, taxes, the exchange-rate margin and what is taken from the amount received.',
	compareBy: 'Compare',
	presets: {
		'ways-to-pay': { label: 'Ways to pay', hint: 'every way to fund the transfer' },
		'home-abroad': {
			label: 'At home vs abroad',
			hint: 'the same amount sent within your country and to countries you choose'
		},
		'ways-to-receive': { label: 'Ways to receive', hint: 'every way the recipient can get it' },
		destinations: { label: 'Where it costs most', hint: 'every country the provider sends to' },
		providers: { label: 'Providers', hint: 'every provider’s fee schedule' }
	} satisfies Record<string, PresetText>,
	countries: (max: number) => `Countries for “at home vs abroad” (up to ${max})`,
	countriesHint: 'Your own country is always included.',
	transfer: 'The transfer',
	submit: 'Compare',
	fixIssues: 'Please check the form',
	notes: {
		amountDefaulted: (amount: string) =>
			`No amount was given, so this compares ${amount}: about USD 200, the World Bank’s standard amount.`,
		modeChanged:
			'Comparing countries needs the amount you send (what arrives is in each country’s own currency), so the amount is taken as the amount sent.',
		countriesLimited: (max: number) => `Only the first ${max} countries ticked are compared.`,
		noChoice: 'This provider offers no choice here; only your transfer is shown.',
		notServed: (groups: string[]) => `Not compared: ${groups.join('; ')}.`,
		notServedGroup: (names: string, reason: string) => `${names} ${reason}`,
		notServedReason: {
			origin: (country: string, many: boolean) =>
				`${many ? 'do' : 'does'} not serve senders in this country (${country})`,
			currency: (currency: string, many: boolean) => `${many ? 'do' : 'does'} not take ${currency}`,
			destination: (country: string, many: boolean) =>
				`${many ? 'do' : 'does'} not send to this country (${country})`,
			target_currency: (currency: string, many: boolean) =>
				`${many ? 'do' : 'does'} not pay out ${currency} there`
		},
		ownChoices:
			'Each provider is priced with its own way of sending and paying closest to yours, named under its name where it differs.'
	},
	ranked: 'Ranked by total cost',
	rankedCaption: (currency: string) =>
		`Cheapest first; total cost in ${currency}, as a percent of the amount sent. Options that cannot be made come last, greyed, with the reason.`,
	col: {
		rank: 'Rank',
		option: 'Option',
		pay: 'You pay',
		receives: 'Recipient gets',
		cost: 'Total cost',
		margin: 'FX margin',
		delivery: 'Delivery',
		notes: 'Notes'
	},
	cheapest: 'Cheapest',
	yourChoice: 'Your choice',
	atHome: 'at home',
	home: (country: string) => `${country} (at home)`,
	pct: (value: string) => `${value}%`,
	notPossible: 'Not possible',
	noConversion: 'no conversion',
	hours: (min: number, max: number) => (min === max ? `${max} h` : `${min}–${max} h`),
	open: 'Open',
	openLabel: (option: string) => `Open ${option} in the calculator`,
	excluded: 'Not compared',
	rates: (groups: string[]) => `Rates: ${groups.join('; ')}.`,
	ratesFor: (rates: string, options: string) => `${rates} (${options})`,
	nothing: 'There is nothing to compare for this transfer.',
	bars: {
		title: 'What each option costs',
		intro:
			'Each bar is one option’s total cost, split into its parts. Blocked options are left out.',
		parts: {
			fees: 'Fees',
			taxes: 'Taxes',
			fxMargin: 'FX margin',
			recipientFees: 'Recipient-side fees'
		},
		axis: (currency: string) => `Total cost (${currency})`,
		aria: (cheapest: string, dearest: string) =>
			`Stacked bar chart of the total cost of each option, split into fees, taxes, FX margin and recipient-side fees. Cheapest: ${cheapest}. Most expensive: ${dearest}. The table below gives the numbers.`,
		table: 'The numbers in this chart',
		total: 'Total cost',
		footnote:
			'Fees and taxes are as quoted. FX margin = amount converted × the margin over the mid-market rate. Recipient-side fees are converted back at the mid-market rate. The parts are shown rounded to the currency’s smallest unit; unrounded, they add up exactly to the total cost, which is rounded once.'
	},
	curve: {
		title: 'What it costs at other amounts',
		intro: (n: number, dearest: boolean) =>
			`The total cost as a percent of the amount sent, from about USD 10 to USD 10,000, for ${n === 1 ? 'the option' : `the ${n} ${dearest ? 'dearest' : 'cheapest'} options`} above (options with the same costs at every amount are drawn once). Minimum fees make small amounts dear; caps and tiers show as bends and steps; gaps are amounts that are not possible.`,
		more: (label: string, n: number) => `${label} (+${n} with the same costs)`,
		sameAs: (names: string) => `The same costs: ${names}`,
		xAxis: (currency: string) => `Amount sent (${currency}, logarithmic scale)`,
		yAxis: 'Total cost, % of amount sent',
		target: '3 %: SDG 10.c target',
		ceiling: '5 %: SDG 10.c ceiling',
		marker: (usd: string) => `USD ${usd}`,
		markersNote:
			'Dotted lines mark the World Bank’s standard amounts (the equivalents of USD 200 and USD 500).',
		cut: (max: string) => `The axis stops at ${max}%; the table has every value.`,
		aria: (n: number) =>
			`Line chart of the total cost, as a percent of the amount sent, against the amount sent on a logarithmic scale, for ${n} options, with lines at 3 % and 5 % and markers at USD 200 and USD 500. The tables give the numbers.`,
		standard: 'At the World Bank’s standard amounts',
		amount: 'Amount sent',
		table: 'Every amount in this chart',
		notPossible: 'not possible'
	}
};

export type CompareText = typeof en;

const zhCN: CompareText = {
	asked: ({ mode, amount, from, to }) =>
		`从${from}${to ? `向${to}` : ''}${mode === 'send' ? `汇出 ${amount}` : mode === 'pay' ? `汇款，共支付 ${amount}` : `汇款，收款人收到 ${amount}`}`,
	change: '更改比较内容',
	decodeLink: '已经汇过款？看看银行那笔转账实际花了多少',
	title: '比较汇款方式',
	intro:
		'同一笔转账按各种可行方式计价，并按您承担的总成本排序：手续费、税费、汇率加价以及从到账金额中扣除的费用。',
	compareBy: '比较',
	presets: {
		'ways-to-pay': { label: '付款方式', hint: '每一种付款方式' },
		'home-abroad': { label: '境内与境外', hint: '同一金额汇往本国和您选择的国家或地区' },
		'ways-to-receive': { label: '收款方式', hint: '收款人可用的每一种收款方式' },
		destinations: { label: '哪里最贵', hint: '服务商可汇往的每个国家或地区' },
		providers: { label: '服务商', hint: '每个服务商的费率表' }
	},
	countries: (max: number) => `“境内与境外”比较的国家或地区（最多 ${max} 个）`,
	countriesHint: '始终包括您所在的国家或地区。',
	transfer: '转账信息',
	submit: '比较',
	fixIssues: '请检查表单',
	notes: {
		amountDefaulted: (amount: string) =>
			`未填写金额，因此按 ${amount} 比较：约合 200 美元，即世界银行的标准金额。`,
		modeChanged:
			'比较不同国家或地区需要使用汇出金额（到账金额以各地货币计），因此金额按汇出金额计算。',
		countriesLimited: (max: number) => `只比较所勾选的前 ${max} 个国家或地区。`,
		noChoice: '该服务商在此没有其他选项，仅显示您的转账。',
		notServed: (groups: string[]) => `未列入比较：${groups.join('；')}。`,
		notServedGroup: (names: string, reason: string) => `${names}${reason}`,
		notServedReason: {
			origin: (country: string) => `不办理从${country}汇出的转账`,
			currency: (currency: string) => `不收 ${currency}`,
			destination: (country: string) => `不汇往${country}`,
			target_currency: (currency: string) => `在当地不以 ${currency} 付款`
		},
		ownChoices:
			'每家服务商按其自身最接近您所选的转账类型和付款方式计价；与您所选不同时，注明在服务商名称下方。'
	},
	ranked: '按总成本排序',
	rankedCaption: (currency: string) =>
		`从最便宜到最贵；总成本以 ${currency} 计，并显示占汇出金额的百分比。无法办理的选项列在最后，以灰色显示并注明原因。`,
	col: {
		rank: '排名',
		option: '选项',
		pay: '您支付',
		receives: '收款人收到',
		cost: '总成本',
		margin: '汇率加价',
		delivery: '到账时间',
		notes: '说明'
	},
	cheapest: '最便宜',
	yourChoice: '您的选择',
	atHome: '境内',
	home: (country: string) => `${country}（境内）`,
	pct: (value: string) => `${value}%`,
	notPossible: '无法办理',
	noConversion: '无需换汇',
	hours: (min: number, max: number) => (min === max ? `${max} 小时` : `${min}–${max} 小时`),
	open: '打开',
	openLabel: (option: string) => `在计算器中打开：${option}`,
	excluded: '未比较',
	rates: (groups: string[]) => `汇率：${groups.join('；')}。`,
	ratesFor: (rates: string, options: string) => `${rates}（${options}）`,
	nothing: '这笔转账没有可比较的内容。',
	bars: {
		title: '各选项的成本',
		intro: '每个条形是一个选项的总成本，按组成部分分段。无法办理的选项未列出。',
		parts: {
			fees: '手续费',
			taxes: '税费',
			fxMargin: '汇率加价',
			recipientFees: '收款方费用'
		},
		axis: (currency: string) => `总成本（${currency}）`,
		aria: (cheapest: string, dearest: string) =>
			`堆叠条形图：每个选项的总成本，分为手续费、税费、汇率加价和收款方费用。最便宜：${cheapest}。最贵：${dearest}。下表列出具体数字。`,
		table: '图中的数字',
		total: '总成本',
		footnote:
			'手续费和税费与报价一致。汇率加价 = 兑换金额 × 相对中间价的加价比例。收款方费用按中间价折回付款币种。各部分按该货币的最小单位四舍五入显示；未经舍入时，它们之和恰好等于只舍入一次的总成本。'
	},
	curve: {
		title: '其他金额的成本',
		intro: (n: number, dearest: boolean) =>
			`总成本占汇出金额的百分比，金额约从 10 美元到 10,000 美元，${n === 1 ? '针对上面的选项' : `针对上面${dearest ? '最贵' : '最便宜'}的 ${n} 个选项`}（在每个金额上成本都相同的选项只画一次）。最低收费使小额汇款更贵；封顶和分档表现为拐点和台阶；空缺处表示该金额无法办理。`,
		more: (label: string, n: number) => `${label}（另有 ${n} 个相同）`,
		sameAs: (names: string) => `成本相同：${names}`,
		xAxis: (currency: string) => `汇出金额（${currency}，对数刻度）`,
		yAxis: '总成本占汇出金额的百分比',
		target: '3%：可持续发展目标 10.c 的目标',
		ceiling: '5%：可持续发展目标 10.c 的上限',
		marker: (usd: string) => `${usd} 美元`,
		markersNote: '点线标出世界银行的标准金额（相当于 200 美元和 500 美元）。',
		cut: (max: string) => `纵轴最高显示到 ${max}%；表格列出所有数值。`,
		aria: (n: number) =>
			`折线图：${n} 个选项的总成本占汇出金额的百分比随汇出金额（对数刻度）的变化，并标出 3% 和 5% 两条线以及 200 美元和 500 美元两个标记。表格列出具体数字。`,
		standard: '按世界银行标准金额',
		amount: '汇出金额',
		table: '图中每个金额的数值',
		notPossible: '无法办理'
	}
};

/** Texts of the comparison page and its charts. */
export const compareText: Dictionary<CompareText> = { en, 'zh-CN': zhCN };
