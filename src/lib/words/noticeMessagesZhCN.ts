// The Chinese words of the engine's notices, a module of its own beside the English ones.
import type { EngineNoticeCode } from '../engine';

const noticeMessagesZhCN: Record<EngineNoticeCode, string> = {
	unsupported_type: '不提供此类转账。',
	unsupported_funding: '不接受此付款方式。',
	unsupported_payout: '不提供此收款方式。',
	unsupported_profile: '无法识别此账户类型。',
	unsupported_speed: '不提供此到账速度。',
	rate_stale: '参考汇率已过时。',
	unsupported_currency: '不能使用此币种付款。',
	unsupported_origin: '不能从该国家或地区汇款。',
	unsupported_destination: '不能向该国家或地区汇款。',
	unsupported_target_currency: '收款人在该国家或地区不能收取此币种。',
	no_rate: '此货币对没有可用汇率。',
	nothing_received: '扣除费用后收款人将收不到任何款项。',
	no_solution: '没有符合您要求的金额，请换一个金额试试。',
	below_minimum: '金额低于最低限额 {amount}。',
	above_maximum: '金额高于最高限额 {amount}。'
};

export default noticeMessagesZhCN;
