// decimal.js cut down to what the engine uses, for the widget's bundle only (widget.vite.config.ts).
// The engine adds, subtracts, multiplies, divides, compares, rounds and raises to whole powers; it
// takes no roots, logarithms or trigonometric functions. decimal.js defines every method on one
// prototype, out of reach of tree-shaking, so the others are cut from its source here. What stays
// is decimal.js's own code, unchanged; tests/unit/widget/decimalSubset.test.ts prices every shared
// vector with it.

/** Prototype methods kept (each with its aliases): the engine's, and what they call. */
export const KEPT_METHODS = [
	'comparedTo',
	'decimalPlaces',
	'dividedBy',
	'equals',
	'floor',
	'greaterThan',
	'greaterThanOrEqualTo',
	'isFinite',
	'isNegative',
	'isZero',
	'lessThan',
	'lessThanOrEqualTo',
	'minus',
	'plus',
	'times',
	'toDecimalPlaces',
	'toFixed',
	'toPower',
	'toSignificantDigits',
	'toString',
	'valueOf'
];

/** Functions of the constructor kept, besides the rounding-mode constants. */
export const KEPT_STATICS = ['config', 'clone', 'isDecimal', 'max', 'min'];

/**
 * Internal functions replaced by one that throws: the parser of hexadecimal, binary, octal, `NaN`
 * and `Infinity` strings. The engine parses plain decimals only.
 */
export const STUBBED = ['parseOther'];

/** The last line of `toPower` for whole exponents; what follows (fractional ones) is replaced. */
const WHOLE_POWERS_END = '    return y.s < 0 ? new Ctor(1).div(r) : finalise(r, pr, rm);';

/**
 * The source of `decimal.js/decimal.mjs` with only the kept methods. Throws when the source is not
 * laid out as expected (another decimal.js version), rather than return something else.
 *
 * @example
 * decimalSubset(readFileSync('node_modules/decimal.js/decimal.mjs', 'utf8'))
 */
export function decimalSubset(source: string): string {
	const methods = new Set(KEPT_METHODS);
	const statics = new Set(KEPT_STATICS);
	const stubs = new Set(STUBBED);
	const out: string[] = [];
	const seen = new Set<string>();
	let end: string | null = null;
	let powers = false;
	for (const line of source.split(/\r?\n/)) {
		if (end !== null) {
			if (line === end) end = null;
			continue;
		}
		if (line === WHOLE_POWERS_END) {
			// Fractional exponents need ln and exp, which go: the engine raises to whole powers.
			out.push(
				line,
				'  }',
				"  throw Error(decimalError + 'fractional powers are left out');",
				'};'
			);
			powers = true;
			end = '};';
			continue;
		}
		const method = /^P\.(\w+) = .*function/.exec(line)?.[1];
		if (method) {
			seen.add(method);
			if (!methods.has(method)) end = line.endsWith('};') ? null : '};';
			if (!methods.has(method)) continue;
		}
		const fn = /^ {2}Decimal\.(\w+) = (?:Decimal\.\w+ = )?\w+;/.exec(line)?.[1];
		if (fn && !statics.has(fn) && !/^(ROUND_|EUCLID$|prototype$)/.test(fn)) continue;
		if (fn) seen.add(`Decimal.${fn}`);
		const stub = /^function (\w+)\(/.exec(line)?.[1];
		if (stub && stubs.has(stub)) {
			seen.add(stub);
			out.push(`function ${stub}() {`, `  throw Error(decimalError + '${stub} is left out');`, '}');
			end = '}';
			continue;
		}
		out.push(line);
	}
	const expected = [...KEPT_METHODS, ...KEPT_STATICS.map((s) => `Decimal.${s}`), ...STUBBED];
	const missing = expected.filter((name) => !seen.has(name));
	if (missing.length > 0 || end !== null || !powers || !source.includes('decimalError = '))
		throw new Error(
			`decimalSubset: decimal.js is not laid out as expected (${missing.join(', ')})`
		);
	// The tables of ln(10) and π (1025 digits each) only serve what is left out.
	let tables = 0;
	const text = out.join('\n').replace(/^( {2}(?:LN10|PI) = ')([0-9.]+)'/gm, (_, head: string) => {
		tables++;
		return `${head}0'`;
	});
	if (tables !== 2) throw new Error('decimalSubset: the LN10 and PI tables were not found');
	return text;
}
