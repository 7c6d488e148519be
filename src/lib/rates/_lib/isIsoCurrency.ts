import { knownCurrencies } from '../../engine';
import { CURRENCY_CODE } from './patterns';

let codes: Set<string> | null = null;

/**
 * Whether `code` is an ISO 4217 alphabetic code: one dinero.js lists (those the engine prices), or
 * one the platform's ICU data knows (it keeps codes dinero.js has dropped, such as HRK and SLL,
 * which central banks' tables of past years still publish).
 */
export function isIsoCurrency(code: string): boolean {
	codes ??= new Set([...knownCurrencies(), ...Intl.supportedValuesOf('currency')]);
	return CURRENCY_CODE.test(code) && codes.has(code);
}
