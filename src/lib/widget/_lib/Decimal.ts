// decimal.js's API as the app calls it, on BigInt, for the widget's bundle only: widget.vite.config.ts
// resolves `decimal.js` to this file there. decimal.js rounds every sum, difference, product and
// quotient correctly to `precision` significant digits, and constructs and rounds to decimal places
// exactly; so does this, from the exact BigInt result. tests/unit/widget/Decimal.test.ts compares
// each method with decimal.js, and widgetBuild.test.ts prices the vectors and a grid with both.
// Left out, with an error rather than another answer: NaN and Infinity (division by zero,
// "Infinity" strings), hexadecimal and other bases, exponential notation from toString, roots,
// logarithms, trigonometry, fractional powers, and the methods the app does not call.

type Value = string | number | Decimal;

const error = (what: string) => Error('[DecimalError] ' + what);
const pow10 = (k: number) => 10n ** BigInt(k);
const size = (c: bigint) => (c ? c.toString().length : 1);
/** decimal.js's pattern of a plain decimal string (after its sign). */
const PLAIN = /^(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:e([+-]?\d+))?$/i;

/** A Decimal constructor's settings (decimal.js's defaults). */
interface Config {
	precision?: number;
	rounding?: number;
	toExpNeg?: number;
	toExpPos?: number;
}

export default class Decimal {
	static precision = 20;
	static rounding = 4;
	static toExpNeg = -7;
	static toExpPos = 21;
	static ROUND_UP = 0;
	static ROUND_DOWN = 1;
	static ROUND_CEIL = 2;
	static ROUND_FLOOR = 3;
	static ROUND_HALF_UP = 4;
	static ROUND_HALF_EVEN = 6;

	/** The sign, 1 or -1 (zero has one too, as in decimal.js). */
	declare s: number;
	/** The coefficient, without trailing zeros: the value is s × c × 10^q. */
	declare c: bigint;
	declare q: number;
	// Defined below, from comparedTo.
	declare equals: (v: Value) => boolean;
	declare greaterThan: (v: Value) => boolean;
	declare greaterThanOrEqualTo: (v: Value) => boolean;
	declare lessThan: (v: Value) => boolean;
	declare lessThanOrEqualTo: (v: Value) => boolean;

	constructor(v: Value) {
		if (v instanceof Decimal) {
			set(this, v.s, v.c, v.q);
			return;
		}
		const text = typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) : v;
		if (typeof text !== 'string') throw error('Invalid argument: ' + v);
		const sign = text[0] === '-' ? -1 : 1;
		const m = PLAIN.exec(sign < 0 || text[0] === '+' ? text.slice(1) : text);
		if (!m) throw error('Invalid argument: ' + v);
		const fraction = m[2] ?? m[3] ?? '';
		set(this, sign, BigInt((m[1] ?? '') + fraction), parseInt(m[4] ?? '0', 10) - fraction.length);
	}

	static clone(config: Config = {}): typeof Decimal {
		return Object.assign(class extends this {}, config);
	}

	/** decimal.js's max: between equal values (-0 and 0), it moves off a negative one. */
	static max(...values: Value[]): Decimal {
		return values.reduce<Decimal>((x, v) => {
			const y = new this(v);
			const k = x.comparedTo(y);
			return k < 0 || (!k && x.s < 0) ? y : x;
		}, new this(values[0]));
	}

	/** decimal.js's `e`: the exponent of the leading digit. */
	get e(): number {
		return this.q + size(this.c) - 1;
	}

	plus(v: Value): Decimal {
		const C = ctor(this);
		const y = new C(v);
		// A zero sum is negative only when both are negative zeros.
		if (!y.c) return this.c ? round(this, C.precision, true) : make(C, this.s & y.s, 0n, 0);
		if (!this.c) return round(y, C.precision, true);
		const q = Math.min(this.q, y.q);
		const sum = BigInt(this.s) * this.c * pow10(this.q - q) + BigInt(y.s) * y.c * pow10(y.q - q);
		return round(make(C, sum < 0n ? -1 : 1, sum < 0n ? -sum : sum, q), C.precision, true);
	}

	minus(v: Value): Decimal {
		const y = new (ctor(this))(v);
		y.s = -y.s;
		return this.plus(y);
	}

	times(v: Value): Decimal {
		const C = ctor(this);
		const y = new C(v);
		return round(make(C, this.s * y.s, this.c * y.c, this.q + y.q), C.precision, true);
	}

	dividedBy(v: Value): Decimal {
		const C = ctor(this);
		const y = new C(v);
		if (!y.c) throw error('division by zero is left out');
		// Enough digits for one past the precision, and the remainder for the rest.
		const k = Math.max(0, C.precision + 1 + size(y.c) - size(this.c));
		const n = this.c * pow10(k);
		const x = make(C, this.s * y.s, n / y.c, this.q - y.q - k);
		return round(x, C.precision, true, C.rounding, n % y.c !== 0n);
	}

	/** decimal.js's toPower, by its short name (the one the app calls). */
	pow(v: Value): Decimal {
		const C = ctor(this);
		const y = new C(v);
		const n = y.s * parseInt(plain(y), 10);
		if (y.q < 0 || !Number.isSafeInteger(n)) throw error('fractional powers are left out');
		if (n === 0) return new C(1);
		const s = this.s < 0 && n % 2 ? -1 : 1;
		const r = make(C, s, this.c ** BigInt(Math.abs(n)), this.q * Math.abs(n));
		return n < 0 ? new C(1).dividedBy(r) : round(r, C.precision, true);
	}

	comparedTo(v: Value): number {
		const y = new (ctor(this))(v);
		if (!this.c || !y.c) return this.c ? this.s : y.c ? -y.s : 0;
		if (this.s !== y.s) return this.s;
		const q = Math.min(this.q, y.q);
		const a = this.c * pow10(this.q - q);
		const b = y.c * pow10(y.q - q);
		return a === b ? 0 : (a > b ? 1 : -1) * this.s;
	}

	isNegative(): boolean {
		return this.s < 0;
	}

	isPositive(): boolean {
		return this.s > 0;
	}

	abs(): Decimal {
		return make(ctor(this), 1, this.c, this.q);
	}

	isZero(): boolean {
		return !this.c;
	}

	decimalPlaces(): number {
		return Math.max(0, -this.q);
	}

	toDecimalPlaces(dp?: number, rm?: number): Decimal {
		return dp === undefined ? new (ctor(this))(this) : round(this, dp, false, rm);
	}

	toFixed(dp?: number, rm?: number): string {
		const text = dp === undefined ? plain(this) : padded(round(this, dp, false, rm), dp);
		return signed(this, text);
	}

	toPrecision(digits?: number, rm?: number): string {
		if (digits === undefined) return this.toString();
		const x = round(this, digits, true, rm);
		const e = x.e;
		if (digits > e) return signed(x, padded(x, digits - e - 1));
		const d = x.c.toString().padEnd(digits, '0');
		return signed(x, d[0] + (d.length > 1 ? '.' + d.slice(1) : '') + (e < 0 ? 'e' : 'e+') + e);
	}

	toString(): string {
		const C = ctor(this);
		if (this.e <= C.toExpNeg || this.e >= C.toExpPos)
			throw error('exponential notation is left out');
		return signed(this, plain(this));
	}

	valueOf(): string {
		const text = this.toString();
		return this.s < 0 && !this.c ? '-' + text : text;
	}

	toJSON(): string {
		return this.valueOf();
	}
}

// The comparisons, each a test of comparedTo's answer.
const tests: [keyof Decimal, (k: number) => boolean][] = [
	['equals', (k) => !k],
	['greaterThan', (k) => k > 0],
	['greaterThanOrEqualTo', (k) => k >= 0],
	['lessThan', (k) => k < 0],
	['lessThanOrEqualTo', (k) => k <= 0]
];
for (const [name, test] of tests)
	Object.defineProperty(Decimal.prototype, name, {
		value(this: Decimal, v: Value) {
			return test(this.comparedTo(v));
		}
	});

const ctor = (x: Decimal) => x.constructor as typeof Decimal;

/** Sets a value, stripping the coefficient's trailing zeros (zero has exponent 0). */
function set(x: Decimal, s: number, c: bigint, q: number): Decimal {
	if (!c) q = 0;
	for (; c && c % 10n === 0n; q++) c /= 10n;
	x.s = s;
	x.c = c;
	x.q = q;
	return x;
}

function make(C: typeof Decimal, s: number, c: bigint, q: number): Decimal {
	return set(Object.create(C.prototype) as Decimal, s, c, q);
}

/**
 * x rounded to `n` decimal places, or to `n` significant digits, with rounding mode `rm` (the
 * constructor's by default). `more`: x is short of the exact value, by less than its last digit.
 */
function round(
	x: Decimal,
	n: number,
	significant = false,
	rm = ctor(x).rounding,
	more = false
): Decimal {
	const C = ctor(x);
	const dp = significant ? n - x.e - 1 : n;
	// The digits dropped; below 0, the grid is finer than x's last digit.
	const k = -x.q - dp;
	if (k <= 0 && !more) return make(C, x.s, x.c, x.q);
	const p = pow10(Math.max(k, 0));
	const half = p / 2n;
	let c = k < 0 ? x.c * pow10(-k) : x.c / p;
	const r = k > 0 ? x.c % p : 0n;
	const above = r > half || (r === half && more);
	const tie = r === half && !more;
	const up =
		rm < 4
			? (r > 0n || more) && (rm === 0 || rm === (x.s < 0 ? 3 : 2))
			: k > 0 &&
				(above || (tie && (rm === 4 || (rm === 6 && c % 2n === 1n) || rm === (x.s < 0 ? 8 : 7))));
	if (up) c++;
	return make(C, x.s, c, -dp);
}

/** x in plain notation, without its sign. */
function plain(x: Decimal): string {
	const digits = x.c.toString();
	if (x.q >= 0) return digits + (x.c ? '0'.repeat(x.q) : '');
	const whole = digits.length + x.q;
	return whole > 0
		? digits.slice(0, whole) + '.' + digits.slice(whole)
		: '0.' + '0'.repeat(-whole) + digits;
}

/** x in plain notation with at least `dp` decimal places. */
function padded(x: Decimal, dp: number): string {
	const text = plain(x);
	const has = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
	return dp > has ? text + (has ? '' : '.') + '0'.repeat(dp - has) : text;
}

/** decimal.js's sign: a minus for negative values other than zero. */
function signed(x: Decimal, text: string): string {
	return x.s < 0 && x.c ? '-' + text : text;
}
