// The engine's exponent table (engine/_lib/exponents.ts) as the widget's build has it
// (widget.vite.config.ts): the exponents the pricing answer sends (`minorUnits`, every currency its
// schedule and snapshot name) rather than dinero.js's whole ISO 4217 list, most of a kilobyte
// gzipped. The engine's minorUnits, exponentOf and unitOf read it as they read dinero.js's.

/** Each currency's minor-unit exponent, as the pricing answers have named them. */
export const EXPONENTS = new Map<string, number>();

/** Adds the exponents of a pricing answer (one page may hold elements of several schedules). */
export function learnMinorUnits(units: Record<string, number>): void {
	for (const [code, exponent] of Object.entries(units)) EXPONENTS.set(code, exponent);
}
