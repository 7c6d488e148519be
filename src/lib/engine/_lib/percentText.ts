import type { Dec } from '../decimal';
import { fixed } from '../formatAmount';
import { roundTo } from '../roundTo';

/**
 * `fixed(roundTo(x.times(100), 2, 'half-up'), 2)`, the same text: a fraction as a percent with
 * two decimals. x × 100 is exact and rounds at the same digit as x at four places, so x is
 * rounded there and its text's point moved two places right, without the multiplication.
 *
 * @example
 * percentText(new Dec('0.0253040755')) // '2.53'
 */
export function percentText(x: Dec): string {
	const text = fixed(roundTo(x, 4, 'half-up'), 4);
	const negative = text.startsWith('-');
	const digits = negative ? text.slice(1) : text;
	const point = digits.length - 5;
	const whole = (digits.slice(0, point) + digits.slice(point + 1, point + 3)).replace(
		/^0+(?=\d)/,
		''
	);
	return `${negative ? '-' : ''}${whole}.${digits.slice(point + 3)}`;
}
