import { breakdownEn } from './breakdown';
import type { Dictionary } from '../locales';
import zhCN from './widgetZhCN';

const en = {
	name: 'Transfer cost calculator',
	loading: 'Loading prices…',
	loadFailed: 'The prices could not be loaded.',
	retry: 'Try again',
	type: 'Transfer type',
	funding: 'Pay with',
	payout: 'Recipient gets it as',
	speed: 'Speed',
	profile: 'Your account',
	origin: 'Sending from',
	destination: 'Sending to',
	currency: 'You pay in',
	targetCurrency: 'Recipient gets',
	mode: 'The amount is',
	modes: { send: 'What I send', pay: 'What I pay in total', receive: 'What the recipient gets' },
	amount: 'Amount',
	amountIn: (what: string, currency: string) => `${what} (${currency})`,
	amountHint: 'Digits and a decimal point, for example 100.00',
	amountIssue: {
		invalid_amount: 'Enter an amount such as 100.00.',
		too_many_digits: 'That amount is too large.',
		not_positive: 'Enter an amount above zero.',
		negative: 'Enter an amount above zero.',
		too_many_decimals: (currency: string, places: string) =>
			places === '0'
				? `${currency} amounts have no decimal places.`
				: `${currency} amounts have at most ${places} decimal places.`
	},
	usageIssue: {
		sent: 'give the amount already sent this period, such as 800.00.',
		count: 'give the number of transfers made this period, from 0 to 100000.'
	},
	calculate: 'Calculate',
	fixIssues: 'Please check the form',
	result: 'Your quote',
	blocked: 'This transfer cannot be made as asked',
	...breakdownEn,
	margin: (p: string, date: string) => `margin ${p}% over the mid-market rate of ${date}`,
	rateOf: (date: string) => `mid-market rate of ${date}`,
	totalCost: 'Total cost',
	costPercent: (p: string) => `${p}% of the amount sent`,
	delivery: 'Available',
	availableBy: (from: string, to: string) =>
		from === to ? `by ${to}` : `between ${from} and ${to}`,
	confirm: 'Confirm this quote',
	confirming: 'Confirming…',
	confirmed: (time: string) => `Confirmed: this quote holds until ${time}.`,
	confirmFailed: 'The quote could not be confirmed. Please try again.',
	support: 'Support: ',
	chat: 'Chat',
	hours: 'Hours: ',
	replyWithin: (t: string) => `Replies within ${t}`,
	frameTitle: 'Fee calculator'
};

export type WidgetText = typeof en;

/** Texts of the embeddable calculator: the `<fee-calculator>` element and the `/embed` frame. */
export const widgetText: Dictionary<WidgetText> = { en, 'zh-CN': zhCN };

const builderEn = {
	title: 'Embed the calculator',
	intro:
		'Put the calculator on any page: as a custom element with one script tag, or as an iframe where the page cannot run scripts.',
	options: 'Options',
	defaultChoice: 'The schedule’s default',
	locale: 'Language',
	theme: 'Theme',
	themes: { light: 'Light', dark: 'Dark', auto: 'Follow the system' },
	compact: 'Compact (amount and summary only)',
	parentOrigin: 'Your site’s origin',
	parentOriginHint:
		'For example https://shop.example. The iframe posts its messages, and the confirmed quote, only to this origin.',
	update: 'Show',
	element: 'Custom element',
	elementNote:
		'Dispatches a quote event (the quote JSON) as the quote changes and a confirm event (with the signed token) when the person confirms.',
	iframe: 'Iframe',
	iframeNote:
		'Posts feecalc:resize, feecalc:quote and feecalc:confirm messages to your origin; it works without scripts on your page.',
	preview: 'Preview',
	previewNeedsScript:
		'The element needs JavaScript, which is off here; the iframe below works without it.',
	snippet: 'Snippet',
	copy: 'Copy',
	copied: 'Copied',
	copyFailed: 'Select the text and copy it',
	originAdded: (o: string) => `Using ${o}.`,
	originIssues: {
		not_an_address:
			'This is not a web address. Type your site’s address, for example shop.example.',
		not_http: 'Only http:// and https:// sites can embed the calculator.',
		has_path:
			'An origin has no path: type only the site’s address, for example https://shop.example.'
	},
	live: 'The previews and snippets follow your choices as you make them.',
	periods: { 'calendar-month': 'this calendar month', 'rolling-30-days': 'in the last 30 days' },
	sentThisPeriod: (period: string, currency: string) => `Already sent ${period} (${currency})`,
	transfersThisPeriod: (period: string) => `Transfers made ${period}`,
	usageHint:
		'What the sender has used so far, which your site knows; some prices depend on it. Leave empty for none.'
};

export type BuilderText = typeof builderEn;

const builderZhCN: BuilderText = {
	title: '嵌入计算器',
	intro:
		'把计算器放到任何网页上：用一个 script 标签嵌入自定义元素；网页不能运行脚本时，用 iframe。',
	options: '选项',
	defaultChoice: '费率表默认值',
	locale: '语言',
	theme: '主题',
	themes: { light: '浅色', dark: '深色', auto: '跟随系统' },
	compact: '紧凑（只显示金额和摘要）',
	parentOrigin: '您网站的源（origin）',
	parentOriginHint: '例如 https://shop.example。iframe 只向这个源发送消息和已确认的报价。',
	update: '显示',
	element: '自定义元素',
	elementNote:
		'报价变化时派发 quote 事件（报价 JSON）；用户确认时派发 confirm 事件（带签名令牌）。',
	iframe: 'iframe',
	iframeNote:
		'向您的源发送 feecalc:resize、feecalc:quote 和 feecalc:confirm 消息；您的网页无需运行脚本。',
	preview: '预览',
	previewNeedsScript: '自定义元素需要 JavaScript，而此处已关闭；下面的 iframe 无需脚本即可使用。',
	snippet: '代码片段',
	copy: '复制',
	copied: '已复制',
	copyFailed: '请选中文本后复制',
	originAdded: (o: string) => `将使用 ${o}。`,
	originIssues: {
		not_an_address: '这不是网址。请输入您网站的地址，例如 shop.example。',
		not_http: '只有 http:// 和 https:// 网站可以嵌入计算器。',
		has_path: '源（origin）不含路径：请只输入网站地址，例如 https://shop.example。'
	},
	live: '预览和代码片段会随您的选择即时更新。',
	periods: { 'calendar-month': '本自然月', 'rolling-30-days': '最近 30 天' },
	sentThisPeriod: (period: string, currency: string) => `${period}已汇出（${currency}）`,
	transfersThisPeriod: (period: string) => `${period}已办理的转账笔数`,
	usageHint: '发款人至今的用量，由您的网站提供；部分价格取决于它。留空表示没有。'
};

/** Texts of the `/embed/builder` page. */
export const builderText: Dictionary<BuilderText> = { en: builderEn, 'zh-CN': builderZhCN };
