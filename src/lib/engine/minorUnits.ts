import { Dec } from './decimal';
import { ERRORS } from './errors';
import { EXPONENTS as table } from './_lib/exponents';

/**
 * The ISO 4217 minor-unit exponent of a currency, or undefined when the code is unknown.
 *
 * @example
 * minorUnits('JPY') // 0
 * minorUnits('KWD') // 3
 */
export function minorUnits(currency: string): number | undefined {
	return table.get(currency);
}

/** Every ISO 4217 code that dinero.js lists. */
export function knownCurrencies(): string[] {
	return [...table.keys()].sort();
}

/** The minor-unit exponent, throwing for an unknown currency (validated earlier). */
export function exponentOf(currency: string): number {
	const e = table.get(currency);
	if (e === undefined) throw new Error(ERRORS.UNKNOWN_CURRENCY(currency));
	return e;
}

const units = new Map<string, Dec>();

/** One minor unit of a currency (0.01 for USD, 1 for JPY); made once per currency. */
export function unitOf(currency: string): Dec {
	let u = units.get(currency);
	if (u === undefined)
		units.set(currency, (u = new Dec(1).dividedBy(new Dec(10).pow(exponentOf(currency)))));
	return u;
}
