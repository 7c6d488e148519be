import type { Dictionary } from '../locales';

// The words of alert emails, in both languages. Figures come in already formatted.
const en = {
	gets: (m: string) => `the recipient gets at least ${m}`,
	costAtMost: (m: string) => `the total cost is at most ${m}`,
	costPercentAtMost: (p: string) => `the total cost is at most ${p} of what you send`,
	transfer: (amount: string, provider: string, country: string) =>
		`sending ${amount} with ${provider} to ${country}`,
	confirmSubject: (what: string) => `Confirm your alert: ${what}`,
	confirmBody: (condition: string, transfer: string) =>
		`You asked to be told when ${condition}, ${transfer}. Confirm the alert with the link below; until then nothing is checked, and an alert that is not confirmed is deleted after 48 hours. If you did not ask for this, ignore this email.`,
	confirm: 'Confirm the alert',
	firedSubject: (figure: string) => `It got better: ${figure}`,
	firedBody: (condition: string, transfer: string, at: string) =>
		`Your alert for when ${condition}, ${transfer}, has been met: this is the price at ${at}.`,
	colon: ': ',
	youSend: 'You send',
	youPay: 'You pay in total',
	recipientGets: 'Recipient gets',
	totalCost: 'Total cost',
	rate: 'Exchange rate',
	open: 'Open the calculator with this transfer',
	once: 'This alert tells you once; it will tell you again only after the price has been worse than this in between.',
	manage: 'See, pause or delete this alert',
	unsubscribe: 'Unsubscribe',
	footer: 'You get this email because this address asked for a price alert.',
	// The confirm and manage pages.
	confirmTitle: 'Confirm your alert',
	tellMe: (condition: string, transfer: string) => `Tell me when ${condition}, ${transfer}.`,
	confirmed:
		'Confirmed. This transfer is priced again whenever rates or prices change, and you are told once when it gets there.',
	manageTitle: 'Your price alert',
	status: { unconfirmed: 'Waiting for confirmation', active: 'Active', paused: 'Paused' },
	lastTold: (at: string) => `Last told: ${at}.`,
	neverTold: 'Not told yet: the price has not got there since the alert was made.',
	lastFigures: (at: string) => `What it told: the price at ${at}`,
	pause: 'Pause',
	resume: 'Resume',
	remove: 'Delete this alert',
	removed: 'The alert is deleted; nothing of it is kept.',
	noEmail:
		'This server does not send email: its messages are written to a folder for its operator.',
	// The calculator's "Tell me when it gets better".
	tellMeBetter: 'Tell me when it gets better',
	formLead:
		'We price this transfer again whenever rates or prices change, fees and margin included, and email you once when:',
	whenGets: 'the recipient gets at least',
	whenCosts: 'the total cost is at most',
	amountFor: (currency: string) => `Amount (${currency})`,
	yourEmail: 'Your email',
	submit: 'Tell me',
	sent: (email: string) =>
		`Almost done: we sent a link to ${email}. The alert starts when you open it and confirm.`
};

export type AlertText = typeof en;

const zhCN: AlertText = {
	gets: (m) => `收款人至少收到 ${m}`,
	costAtMost: (m) => `总成本不超过 ${m}`,
	costPercentAtMost: (p) => `总成本不超过汇出金额的 ${p}`,
	transfer: (amount, provider, country) => `通过${provider}向${country}汇出 ${amount}`,
	confirmSubject: (what) => `确认您的提醒：${what}`,
	confirmBody: (condition, transfer) =>
		`您希望在${condition}时收到通知（${transfer}）。请点击下面的链接确认提醒；确认前不会检查价格，未确认的提醒将在 48 小时后删除。如果这不是您本人的请求，请忽略此邮件。`,
	confirm: '确认提醒',
	firedSubject: (figure) => `价格变好了：${figure}`,
	firedBody: (condition, transfer, at) =>
		`您的提醒条件已满足：${condition}（${transfer}）。以下是 ${at} 的报价。`,
	colon: '：',
	youSend: '您汇出',
	youPay: '您共支付',
	recipientGets: '收款人收到',
	totalCost: '总成本',
	rate: '汇率',
	open: '在计算器中打开这笔转账',
	once: '此提醒只通知一次；价格在此期间变差之后，才会再次通知。',
	manage: '查看、暂停或删除此提醒',
	unsubscribe: '退订',
	footer: '您收到此邮件，是因为此地址申请了价格提醒。',
	confirmTitle: '确认您的提醒',
	tellMe: (condition, transfer) => `在${condition} 时通知我（${transfer}）。`,
	confirmed: '已确认。每当汇率或价格变化时，我们都会重新为这笔转账报价，达到条件时通知您一次。',
	manageTitle: '您的价格提醒',
	status: { unconfirmed: '等待确认', active: '有效', paused: '已暂停' },
	lastTold: (at) => `上次通知：${at}。`,
	neverTold: '尚未通知：自创建提醒以来，价格尚未达到条件。',
	lastFigures: (at) => `上次通知的报价：${at}`,
	pause: '暂停',
	resume: '恢复',
	remove: '删除此提醒',
	removed: '提醒已删除，不会保留任何相关信息。',
	noEmail: '此服务器不发送电子邮件：邮件会写入一个文件夹，供其运营者查看。',
	tellMeBetter: '价格变好时通知我',
	formLead:
		'每当汇率或价格变化时，我们都会重新为这笔转账报价（含手续费和汇率加价），并在以下情况发生时给您发一次邮件：',
	whenGets: '收款人至少收到',
	whenCosts: '总成本不超过',
	amountFor: (currency) => `金额（${currency}）`,
	yourEmail: '您的电子邮件',
	submit: '通知我',
	sent: (email) => `就差一步：我们已向 ${email} 发送了一个链接。打开并确认后，提醒即开始生效。`
};

/** Texts of alert emails. */
export const alertText: Dictionary<AlertText> = { en, 'zh-CN': zhCN };
