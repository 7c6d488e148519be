import { DECIMAL } from './patterns';

/** A decimal string strictly greater than zero, decided on the digits alone. */
export function isPositiveDecimal(value: string): boolean {
	return DECIMAL.test(value) && /[1-9]/.test(value);
}
