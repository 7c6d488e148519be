import type { Dictionary } from '../locales';

// What a person can do about each notice code, when the schedule gives no help of its own.
const en: Record<string, string> = {
	unsupported_type: 'Choose another kind of transfer under “More options”.',
	unsupported_funding: 'Choose another way to pay under “More options”.',
	unsupported_payout: 'Choose another way for the recipient to get the money.',
	unsupported_profile: 'Choose the account you actually have under “More options”.',
	unsupported_currency: 'Pay in one of the currencies this provider accepts.',
	unsupported_origin: 'This provider only takes transfers from the countries it lists.',
	unsupported_destination:
		'This provider does not send to this country. Compare providers to find one that does.',
	unsupported_target_currency: 'Choose a currency the recipient can receive in this country.',
	no_rate: 'There is no exchange rate for these currencies today. Try another currency.',
	nothing_received: 'Send a larger amount: the fees take all of this one.',
	no_solution: 'Try an amount a little higher or lower.',
	below_minimum: 'Send at least the minimum amount.',
	above_maximum:
		'Split the money into several smaller transfers, or verify your account to raise your limit.',
	account_frozen:
		'Your account is frozen, so no money can leave it. Contact the provider’s support to unfreeze it.',
	sanctioned_destination:
		'No provider may send money there. If the recipient can collect it in another country, choose that country.',
	card_withdrawal_blocked: 'Withdraw to your bank account instead of a card.',
	withdrawal_from_balance_only:
		'Withdrawals come from your wallet balance: choose it under “Pay with”.',
	top_up_from_balance_blocked: 'Top up from a card or a bank account, not from the balance itself.',
	large_amount_review:
		'Large transfers are checked by hand. Have an ID and the purpose of the transfer ready.',
	cash_tax: 'Paying in cash adds a tax; paying from a bank account avoids it.',
	swift_fees_may_apply:
		'Banks along the way may deduct their own fees. Ask the recipient’s bank what it charges.'
};

const zhCN: Record<string, string> = {
	unsupported_type: '请在“更多选项”中选择其他转账类型。',
	unsupported_funding: '请在“更多选项”中选择其他付款方式。',
	unsupported_payout: '请为收款人选择其他收款方式。',
	unsupported_profile: '请在“更多选项”中选择您实际拥有的账户类型。',
	unsupported_currency: '请使用该服务商接受的币种付款。',
	unsupported_origin: '该服务商只受理从其列出的国家或地区汇出的转账。',
	unsupported_destination: '该服务商不向这个国家或地区汇款。可以比较其他服务商，找一家能汇的。',
	unsupported_target_currency: '请选择收款人在该国家或地区能收取的币种。',
	no_rate: '今天没有这两种货币之间的汇率，请换一种币种。',
	nothing_received: '请汇更多金额：这笔金额会被手续费全部扣完。',
	no_solution: '请把金额调高或调低一点再试。',
	below_minimum: '请至少汇出最低金额。',
	above_maximum: '请把款项分成几笔较小的转账，或完成账户验证以提高限额。',
	account_frozen: '您的账户已被冻结，资金无法转出。请联系服务商客服解冻。',
	sanctioned_destination:
		'任何服务商都不得向该地汇款。如果收款人可以在其他国家或地区收款，请选择那里。',
	card_withdrawal_blocked: '请提现到银行账户，而不是银行卡。',
	withdrawal_from_balance_only: '提现只能从钱包余额中扣款：请在“付款方式”中选择余额。',
	top_up_from_balance_blocked: '请用银行卡或银行账户充值，不能用余额本身充值。',
	large_amount_review: '大额转账需人工审核。请准备好身份证件并说明转账用途。',
	cash_tax: '现金付款需缴税；用银行账户付款可以避免。',
	swift_fees_may_apply: '中转银行可能扣除各自的费用。请向收款银行询问其收费。'
};

/** The project's own help text per notice code (engine codes and the schedules' notice ids). */
export const helpText: Dictionary<Record<string, string>> = { en, 'zh-CN': zhCN };
