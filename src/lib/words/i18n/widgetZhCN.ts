// Its own module so that the widget's build can load it only for pages in Chinese
// (widget.vite.config.ts, src/lib/widget/loadLocale.ts).
import breakdownZhCN from './breakdownZhCN';
import type { WidgetText } from './widget';

const widgetTextZhCN: WidgetText = {
	name: '转账费用计算器',
	loading: '正在加载价格…',
	loadFailed: '无法加载价格。',
	retry: '重试',
	type: '转账类型',
	funding: '付款方式',
	payout: '收款方式',
	speed: '到账速度',
	profile: '您的账户',
	origin: '汇出地',
	destination: '汇往',
	currency: '付款币种',
	targetCurrency: '收款币种',
	mode: '金额是',
	modes: { send: '我汇出的金额', pay: '我总共支付的金额', receive: '收款人收到的金额' },
	amount: '金额',
	amountIn: (what: string, currency: string) => `${what}（${currency}）`,
	amountHint: '数字和小数点，例如 100.00',
	amountIssue: {
		invalid_amount: '请输入金额，例如 100.00。',
		too_many_digits: '金额太大。',
		not_positive: '请输入大于零的金额。',
		negative: '请输入大于零的金额。',
		too_many_decimals: (currency: string, places: string) =>
			places === '0' ? `${currency} 金额不能有小数。` : `${currency} 金额最多 ${places} 位小数。`
	},
	usageIssue: {
		sent: '请给出本期已汇出的金额，例如 800.00。',
		count: '请给出本期已办理的转账笔数，0 到 100000。'
	},
	calculate: '计算',
	fixIssues: '请检查表单',
	result: '您的报价',
	blocked: '无法按您的要求办理这笔转账',
	...breakdownZhCN,
	margin: (p: string, date: string) => `比 ${date} 的中间价加价 ${p}%`,
	rateOf: (date: string) => `${date} 的中间价`,
	totalCost: '总成本',
	costPercent: (p: string) => `占汇出金额的 ${p}%`,
	delivery: '到账时间',
	availableBy: (from: string, to: string) => (from === to ? `${to} 前` : `${from} 至 ${to} 之间`),
	confirm: '确认此报价',
	confirming: '正在确认…',
	confirmed: (time: string) => `已确认：此报价有效期至 ${time}。`,
	confirmFailed: '无法确认此报价，请重试。',
	support: '客服：',
	chat: '在线客服',
	hours: '服务时间：',
	replyWithin: (t: string) => `${t}内回复`,
	frameTitle: '费用计算器'
};

export default widgetTextZhCN;
