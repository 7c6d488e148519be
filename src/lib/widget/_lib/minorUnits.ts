// The engine's minorUnits.ts as the widget's build has it (widget.vite.config.ts): the same
// functions, on the exponents the pricing answer sends (`minorUnits`, every currency its schedule
// and snapshot name) rather than dinero.js's whole ISO 4217 list, most of a kilobyte gzipped.
import { Dec, ERRORS } from '../../engine';

const table = new Map<string, number>();

/** Adds the exponents of a pricing answer (one page may hold elements of several schedules). */
export function learnMinorUnits(units: Record<string, number>): void {
	for (const [code, exponent] of Object.entries(units)) table.set(code, exponent);
}

/** The minor-unit exponent of a currency, or undefined when the answer did not name it. */
export function minorUnits(currency: string): number | undefined {
	return table.get(currency);
}

/** Every code the answer named. */
export function knownCurrencies(): string[] {
	return [...table.keys()].sort();
}

/** The minor-unit exponent, throwing for a currency the answer did not name. */
export function exponentOf(currency: string): number {
	const e = table.get(currency);
	if (e === undefined) throw new Error(ERRORS.UNKNOWN_CURRENCY(currency));
	return e;
}

/** One minor unit of a currency (0.01 for USD, 1 for JPY). */
export function unitOf(currency: string): Dec {
	return new Dec(1).dividedBy(new Dec(10).pow(exponentOf(currency)));
}
