/**
 * What a person typed into an amount field, read the way a person means it: the API's canonical
 * amount, or why it cannot be read. A comma followed by other than three digits ("1000,50"), or
 * points used as group separators ("1.000,50"), could be a decimal comma: the page asks instead
 * of guessing, with the decimal-comma reading as `suggestion`.
 */
export type AmountReading =
	| { ok: true; amount: string }
	| { ok: false; code: 'empty' | 'not_a_number' }
	| { ok: false; code: 'ambiguous'; suggestion: string }
	| { ok: false; code: 'other_currency'; currency: string };

// Symbols ($, €, ¥, MX$, US$ …) and three-letter codes before or after the number.
const SHAPE =
	/^([A-Za-z]{0,3}\p{Sc}|[A-Za-z]{3})?\s*([0-9][0-9.,' ]*)\s*(\p{Sc}|[A-Za-z]{3}|元)?$/u;
const GROUPED = /^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]*)?$/;
const PLAIN = /^[0-9]+(\.[0-9]*)?$/;
const DOT_GROUPED = /^[0-9]{1,3}(\.[0-9]{3})+(,[0-9]*)?$/;
const COMMA_DECIMAL = /^[0-9]+,[0-9]+$/;

/** Leading zeros and a trailing point dropped: "007.50" → "7.50", "100." → "100". */
function canonical(digits: string): string {
	const [int, frac] = digits.split('.');
	const whole = int.replace(/^0+(?=[0-9])/, '');
	return frac ? `${whole}.${frac}` : whole;
}

/**
 * Reads an amount as typed: grouping commas, spaces, a currency symbol or code (`currency`, when
 * given, is the only code accepted), full-width digits.
 *
 * @example
 * readAmount('$1,000.50') // { ok: true, amount: '1000.50' }
 * readAmount('1000,50') // { ok: false, code: 'ambiguous', suggestion: '1000.50' }
 */
export function readAmount(text: string, currency?: string): AmountReading {
	const s = text
		.normalize('NFKC')
		.replace(/[\s\u00a0\u202f]+/g, ' ')
		.trim();
	if (s === '') return { ok: false, code: 'empty' };
	const m = SHAPE.exec(s);
	if (!m) return { ok: false, code: 'not_a_number' };
	const code = [m[1], m[3]].find((x) => x && /^[A-Za-z]{3}$/.test(x))?.toUpperCase();
	if (code && currency && code !== currency.toUpperCase())
		return { ok: false, code: 'other_currency', currency: code };
	const n = m[2].replace(/[ ']/g, '');
	if (PLAIN.test(n)) return { ok: true, amount: canonical(n) };
	if (GROUPED.test(n)) return { ok: true, amount: canonical(n.replace(/,/g, '')) };
	if (COMMA_DECIMAL.test(n) || DOT_GROUPED.test(n)) {
		const read = n.replace(/\./g, '').replace(',', '.');
		return { ok: false, code: 'ambiguous', suggestion: canonical(read) };
	}
	return { ok: false, code: 'not_a_number' };
}
