import { Dec, type Line, type Money, type Schedule } from '../engine';
import { formatNumber } from './formatMoney';

type Period = Schedule['usagePeriod'] | null;

const PERIOD = {
	en: { 'calendar-month': 'monthly ', 'rolling-30-days': '30-day ', none: '' },
	'zh-CN': { 'calendar-month': '每月', 'rolling-30-days': ' 30 天内', none: '' }
} as const;

const WORDS = {
	en: {
		of: (p: string, b: string) => `${p} % of ${b}`,
		ofAbove: (p: string, b: string, allowance: string) =>
			`${p} % of ${b} above your ${allowance} allowance`,
		fixed: (f: string) => `${f} fixed`,
		tier: (mode: string, i: number) =>
			`${mode === 'volume' ? 'volume' : 'graduated'} tier ${i + 1}`,
		min: (v: string) => `raised to the minimum ${v}`,
		max: (v: string) => `capped at ${v}`,
		zero: 'no charge',
		left: (v: string) => `${v} of it was left`,
		leftOf: (v: string, allowance: string) => `${v} of your ${allowance} allowance was left`,
		usedUp: (allowance: string) => `your ${allowance} allowance was used up`,
		within: (allowance: string, left: string) =>
			`no charge: within your ${allowance} allowance, of which ${left} was left`,
		sep: '; ',
		allowance: (period: string, money: string) => `${money} ${period}`.trim()
	},
	'zh-CN': {
		of: (p: string, b: string) => `${b} 的 ${p}%`,
		ofAbove: (p: string, b: string, allowance: string) =>
			`超出您${allowance}免费额度的 ${b} 的 ${p}%`,
		fixed: (f: string) => `固定 ${f}`,
		tier: (mode: string, i: number) =>
			`${mode === 'volume' ? '全额累进' : '超额累进'}第 ${i + 1} 档`,
		min: (v: string) => `按最低收费 ${v}`,
		max: (v: string) => `按最高收费 ${v}`,
		zero: '免费',
		left: (v: string) => `额度此前还剩 ${v}`,
		leftOf: (v: string, allowance: string) => `您${allowance}免费额度此前还剩 ${v}`,
		usedUp: (allowance: string) => `您${allowance}免费额度已用完`,
		within: (allowance: string, left: string) =>
			`免费：在您${allowance}免费额度内（此前还剩 ${left}）`,
		sep: '；',
		allowance: (period: string, money: string) => `${period} ${money} `
	}
} as const;

/** What a page knows beside a line: its whole allowance and what "this period" means. */
export interface LineContext {
	allowance?: Money;
	period?: Period;
}

/**
 * How a line was worked out, in words: "5 % of 100.00 USD = 5.00, capped at 4.99". Given the
 * line's whole allowance, a line with one says what it did: "1 % of 300.00 EUR above your
 * 1,000.00 EUR monthly allowance = 3.00; 200.00 EUR of it was left".
 *
 * @example
 * explainLine(line, 'en') // '1 % of 300.00 CNY = 3.00, raised to the minimum 10.00'
 */
export function explainLine(line: Line, locale: string, context: LineContext = {}): string {
	const lang = locale in WORDS ? (locale as keyof typeof WORDS) : 'en';
	const w = WORDS[lang];
	// Numbers grouped as in the words' language ("1,000.00"), digits kept as the engine gave them.
	const n = (v: string) => formatNumber(v, lang);
	const money = (v: string) => `${n(v)} ${line.currency}`;
	const e = line.explain;
	// What the allowance did, said only when the page knows the whole allowance.
	const a =
		e.allowance && context.allowance
			? {
					whole: w.allowance(
						PERIOD[lang][context.period ?? 'none'],
						money(context.allowance.amount)
					),
					remaining: money(e.allowance.remaining),
					hasLeft: !new Dec(e.allowance.remaining).isZero()
				}
			: null;
	if (a?.hasLeft && new Dec(e.base).isZero()) return w.within(a.whole, a.remaining);
	const above = a !== null && a.hasLeft && e.percent !== null;
	const parts: string[] = [];
	if (e.percent !== null)
		parts.push(
			above ? w.ofAbove(e.percent, money(e.base), a.whole) : w.of(e.percent, money(e.base))
		);
	if (e.fixed !== null) parts.push(w.fixed(n(e.fixed)));
	if (e.tier !== null) parts.push(w.tier(e.tier.mode, e.tier.index));
	let head = parts.length
		? `${parts.join(' + ')} = ${n(e.raw)}`
		: new Dec(e.raw).isZero()
			? w.zero
			: n(e.raw);
	if (e.clamp === 'min') head = `${head}, ${w.min(n(line.amount))}`;
	if (e.clamp === 'max') head = `${head}, ${w.max(n(line.amount))}`;
	if (!a) return head;
	const rest = !a.hasLeft
		? w.usedUp(a.whole)
		: above
			? w.left(a.remaining)
			: w.leftOf(a.remaining, a.whole);
	return head + w.sep + rest;
}
