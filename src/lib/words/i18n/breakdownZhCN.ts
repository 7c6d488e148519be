// The breakdown's words in Chinese (breakdown.ts): in the widget's build, only in its Chinese file.
import type { BreakdownText } from './breakdown';

const breakdownZhCN: BreakdownText = {
	transferAmount: '转账金额',
	transferFees: '转账手续费',
	transferTaxes: '转账税费',
	totalToPay: '支付总额',
	exchangeRate: '汇率',
	noConversion: '无需换汇',
	converted: '兑换金额',
	otherFees: '其他费用',
	colon: '：',
	received: '收款人收到'
};

export default breakdownZhCN;
