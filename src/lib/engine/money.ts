import { Dec } from './decimal';
import { ERRORS } from './errors';
import { minorUnits } from './minorUnits';

/** The minor-unit exponent, throwing for an unknown currency (validated earlier). */
export function exponentOf(currency: string): number {
	const e = minorUnits(currency);
	if (e === undefined) throw new Error(ERRORS.UNKNOWN_CURRENCY(currency));
	return e;
}

/** One minor unit of a currency (0.01 for USD, 1 for JPY). */
export function unitOf(currency: string): Dec {
	return new Dec(1).dividedBy(new Dec(10).pow(exponentOf(currency)));
}

/** A decimal string with exactly the currency's minor digits. */
export function formatAmount(value: Dec, currency: string): string {
	return value.toFixed(exponentOf(currency));
}

/** A decimal string without exponent; at least the currency's minor digits when given. */
export function formatRaw(value: Dec, currency?: string): string {
	const s = value.toString();
	if (currency === undefined) return s;
	const places = exponentOf(currency);
	return value.decimalPlaces() < places ? value.toFixed(places) : s;
}
