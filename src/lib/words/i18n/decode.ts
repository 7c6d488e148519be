import type { Dictionary } from '../locales';

const en = {
	nav: 'Decode',
	title: 'What did that transfer really cost?',
	intro:
		'Enter what your receipt says: what you sent, what arrived and the fee. The reference rate of that day shows the mark-up hidden in the exchange rate.',
	fields: {
		sent: 'You sent',
		sentCurrency: 'Currency sent',
		received: 'Recipient got',
		receivedCurrency: 'Currency received',
		fee: 'Fee on the receipt',
		date: 'Date of the transfer',
		destination: 'Country it went to'
	},
	hints: {
		sent: 'Before the fee, as on the receipt, e.g. 1,000.00',
		fee: 'In the currency sent; leave empty if none',
		destination: 'To compare with the providers here'
	},
	/** How messages name the fields. */
	names: {
		sent: 'the amount sent',
		sentCurrency: 'the currency sent',
		received: 'the amount received',
		receivedCurrency: 'the currency received',
		fee: 'the fee',
		date: 'the date',
		destination: 'the country'
	} as Record<string, string>,
	legend: (label: string, amount: string) => `${label}: ${amount}`,
	noDestination: 'Do not compare',
	submit: 'Decode',
	fixIssues: 'Please check the form',
	answer: (worse: boolean, margin: string, total: string, percent: string) =>
		`Your bank's rate was ${margin}% ${worse ? 'worse' : 'better'} than the reference rate: the transfer cost you ${total}, ${percent}% of what you sent.`,
	split: 'What the cost is made of',
	fee: 'Fee',
	markup: 'Hidden in the exchange rate',
	splitText: (fee: string, fx: string) => `Fee ${fee} and ${fx} hidden in the exchange rate.`,
	figures: 'The figures',
	yourRate: 'Your rate',
	referenceRate: 'Reference rate',
	allIn: 'All-in mark-up over the reference rate',
	reference: (source: string, asOf: string, age: string, on: string) =>
		`Reference: the ${source} rate published ${asOf}, ${age} old on ${on}.`,
	referenceTables: (source: string, tables: string, age: string, on: string) =>
		`Reference: ${source}, ${tables}, ${age} old on ${on}.`,
	instead: 'What the providers here would have charged to deliver the same amount',
	insteadCaption: 'Cheapest first. Each links to the calculator with this amount.',
	col: { provider: 'Provider', way: 'How', total: 'You would pay', saving: 'Difference' },
	saves: (x: string) => `${x} less`,
	costsMore: (x: string) => `${x} more`,
	same: 'the same',
	noneInstead: 'No provider here sends this currency to that country.',
	old: 'The reference rate is more than four days older than the transfer.'
};

export type DecodeText = typeof en;

const zh: DecodeText = {
	nav: '解读凭证',
	title: '这笔转账实际花了多少？',
	intro: '按凭证填写：汇出金额、到账金额和手续费。用当天的参考汇率，算出藏在汇率里的加价。',
	fields: {
		sent: '汇出金额',
		sentCurrency: '汇出币种',
		received: '到账金额',
		receivedCurrency: '到账币种',
		fee: '凭证上的手续费',
		date: '转账日期',
		destination: '收款国家或地区'
	},
	hints: {
		sent: '手续费之前的金额，与凭证一致，例如 1,000.00',
		fee: '以汇出币种计；没有则留空',
		destination: '用于与本站的服务商比较'
	},
	names: {
		sent: '汇出金额',
		sentCurrency: '汇出币种',
		received: '到账金额',
		receivedCurrency: '到账币种',
		fee: '手续费',
		date: '日期',
		destination: '国家或地区'
	},
	legend: (label, amount) => `${label}：${amount}`,
	noDestination: '不比较',
	submit: '解读',
	fixIssues: '请检查表单',
	answer: (worse, margin, total, percent) =>
		`您的银行汇率比参考汇率${worse ? '差' : '好'} ${margin}%：这笔转账实际花费 ${total}，占汇出金额的 ${percent}%。`,
	split: '费用构成',
	fee: '手续费',
	markup: '汇率中隐藏的加价',
	splitText: (fee, fx) => `手续费 ${fee}，汇率中隐藏 ${fx}。`,
	figures: '明细',
	yourRate: '您的汇率',
	referenceRate: '参考汇率',
	allIn: '相对参考汇率的综合加价',
	reference: (source, asOf, age, on) =>
		`参考汇率：${source} 于 ${asOf} 发布，截至 ${on} 已有 ${age}。`,
	referenceTables: (source, tables, age, on) =>
		`参考汇率：${source} ${tables}，截至 ${on} 已有 ${age}。`,
	instead: '本站服务商交付同样金额的收费',
	insteadCaption: '从最便宜的开始。每项都链接到带此金额的计算器。',
	col: { provider: '服务商', way: '方式', total: '您需支付', saving: '差额' },
	saves: (x) => `少 ${x}`,
	costsMore: (x) => `多 ${x}`,
	same: '相同',
	noneInstead: '本站没有服务商将此币种汇往该国家或地区。',
	old: '参考汇率比转账日期早四天以上。'
};

/** The /decode page's texts. */
export const decodeText: Dictionary<DecodeText> = { en, 'zh-CN': zh };
