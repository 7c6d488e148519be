import { minorUnits } from '$lib/engine';

/** The ISO 4217 minor-unit exponent of a currency; throws for an unknown code. */
export function placesOf(currency: string): number {
	const places = minorUnits(currency);
	if (places === undefined) throw new Error(`unknown currency ${currency}`);
	return places;
}

/** Whether an amount string has exactly the currency's minor digits (and is not a negative zero). */
export function isOnGrid(amount: string, currency: string): boolean {
	const places = placesOf(currency);
	const digits = places === 0 ? '' : `\\.[0-9]{${places}}`;
	const shape = new RegExp(`^-?(0|[1-9][0-9]*)${digits}$`);
	return shape.test(amount) && !/^-0(\.0*)?$/.test(amount);
}

/** An on-grid amount string as a whole number of minor units. */
export function toMinor(amount: string, currency: string): bigint {
	if (!isOnGrid(amount, currency)) throw new Error(`${amount} is not on the ${currency} grid`);
	return BigInt(amount.replace('.', ''));
}

/** A request amount (possibly with fewer decimals than the currency has) in minor units. */
export function requestMinor(amount: string, currency: string): bigint {
	const places = placesOf(currency);
	const [whole, frac = ''] = amount.split('.');
	if (frac.length > places) throw new Error(`${amount} has too many decimals for ${currency}`);
	return BigInt(whole + frac.padEnd(places, '0'));
}

/** Minor units as an amount string with exactly the currency's minor digits. */
export function fromMinor(units: bigint, currency: string): string {
	const places = placesOf(currency);
	const negative = units < 0n;
	const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
	const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
	return negative ? `-${text}` : text;
}
