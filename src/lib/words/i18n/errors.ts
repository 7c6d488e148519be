import type { Dictionary } from '../locales';

const en = {
	notFound: 'We can’t find that page',
	notFoundText: 'The address may be mistyped, or the page may have moved.',
	failed: 'Something went wrong',
	failedText: 'The page could not be shown. Try again in a moment.',
	status: (code: number) => `Error ${code}`,
	home: 'Go to the calculator',
	schedules: 'See the fee schedules'
};

export type ErrorsText = typeof en;

const zhCN: ErrorsText = {
	notFound: '找不到该页面',
	notFoundText: '网址可能有误，或者页面已经移动。',
	failed: '出了点问题',
	failedText: '无法显示此页面，请稍后再试。',
	status: (code: number) => `错误 ${code}`,
	home: '前往计算器',
	schedules: '查看费率表'
};

/** Texts of the error pages (404 and others). */
export const errorsText: Dictionary<ErrorsText> = { en, 'zh-CN': zhCN };
