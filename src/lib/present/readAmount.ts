const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u3000]/g;
/** Currency signs, codes and words people type around an amount: "$", "US$", "USD", "元", "¥". */
const AROUND = /^[^\d.,-]*|[^\d.,]*$/g;
const FULLWIDTH = /[\uff10-\uff19\uff0c\uff0e]/g;

/**
 * An amount as people type it, as the plain decimal string the API reads ("1,000.50" →
 * "1000.50", " 200 " → "200", "$200" → "200", "１００．５" → "100.5", "1.000,50" → "1000.50",
 * "100,5" → "100.5"). Grouping must be regular (groups of three) to be read as grouping; what
 * cannot be read for sure is returned trimmed, unchanged, for the amount rules to refuse with a
 * message. Strings only: the amount never passes through a binary number.
 *
 * @example
 * readAmount('US$ 1,000.50') // '1000.50'
 * readAmount('1e3')          // '1e3' (refused later: invalid_amount)
 */
export function readAmount(typed: string): string {
	const trimmed = typed.trim();
	const text = trimmed
		.replace(FULLWIDTH, (c) =>
			c === '\uff0c' ? ',' : c === '\uff0e' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)
		)
		.replace(SPACES, '')
		.replace(AROUND, '');
	if (/^-/.test(text) || /[^\d.,]/.test(text) || !/\d/.test(text)) return trimmed;
	const points = (text.match(/\./g) ?? []).length;
	const commas = (text.match(/,/g) ?? []).length;
	const grouped = (int: string, sep: string) =>
		new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(int) ? int.split(sep).join('') : null;
	if (commas === 0 && points <= 1) return text;
	if (commas > 0 && points > 0) {
		// both: the last one is the decimal separator, the other groups (1,000.50 and 1.000,50)
		const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
		const [int, frac, ...more] = text.split(decimal);
		const whole = grouped(int, decimal === ',' ? '.' : ',');
		return whole !== null && more.length === 0 ? `${whole}.${frac}` : trimmed;
	}
	const sep = commas > 0 ? ',' : '.';
	if (commas + points > 1) return grouped(text, sep) ?? trimmed;
	// one comma: 1,000 groups; 100,5 and 100,50 are decimal commas
	const [int, frac] = text.split(',');
	if (frac.length === 3) return grouped(text, ',') ?? trimmed;
	return int && frac.length > 0 ? `${int}.${frac}` : trimmed;
}
