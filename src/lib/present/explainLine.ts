import { Dec, type Line } from '../engine';

const WORDS = {
	en: {
		of: (p: string, b: string) => `${p} % of ${b}`,
		fixed: (f: string) => `${f} fixed`,
		tier: (mode: string, i: number) =>
			`${mode === 'volume' ? 'volume' : 'graduated'} tier ${i + 1}`,
		min: (v: string) => `raised to the minimum ${v}`,
		max: (v: string) => `capped at ${v}`,
		zero: 'no charge'
	},
	'zh-CN': {
		of: (p: string, b: string) => `${b} 的 ${p}%`,
		fixed: (f: string) => `固定 ${f}`,
		tier: (mode: string, i: number) =>
			`${mode === 'volume' ? '全额累进' : '超额累进'}第 ${i + 1} 档`,
		min: (v: string) => `按最低收费 ${v}`,
		max: (v: string) => `按最高收费 ${v}`,
		zero: '免费'
	}
} as const;

/**
 * How a line was worked out, in words: "5 % of 100.00 USD = 5.00, capped at 4.99".
 *
 * @example
 * explainLine(line, 'en') // '1 % of 300.00 CNY = 3.00, raised to the minimum 10.00'
 */
export function explainLine(line: Line, locale: string): string {
	const w = WORDS[locale as 'en'] ?? WORDS.en;
	const e = line.explain;
	const parts: string[] = [];
	if (e.percent !== null) parts.push(w.of(e.percent, `${e.base} ${line.currency}`));
	if (e.fixed !== null) parts.push(w.fixed(e.fixed));
	if (e.tier !== null) parts.push(w.tier(e.tier.mode, e.tier.index));
	const head = parts.length
		? `${parts.join(' + ')} = ${e.raw}`
		: new Dec(e.raw).isZero()
			? w.zero
			: e.raw;
	if (e.clamp === 'min') return `${head}, ${w.min(line.amount)}`;
	if (e.clamp === 'max') return `${head}, ${w.max(line.amount)}`;
	return head;
}
