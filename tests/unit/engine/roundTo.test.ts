import { describe, expect, it } from 'vitest';
import { Dec, roundTo, type Rounding } from '$lib/engine';

// Worked out by hand from schedule-format.md (Arithmetic): half-up = half away from zero,
// half-even = banker's, down = toward zero, up = away from zero. Columns: value, places, then the
// expected result (as toFixed(places)) in each mode.
type Row = [
	value: string,
	places: number,
	halfUp: string,
	halfEven: string,
	down: string,
	up: string
];

const TIES: Row[] = [
	['0.125', 2, '0.13', '0.12', '0.12', '0.13'],
	['0.135', 2, '0.14', '0.14', '0.13', '0.14'],
	['0.145', 2, '0.15', '0.14', '0.14', '0.15'],
	['1.005', 2, '1.01', '1.00', '1.00', '1.01'],
	['1.015', 2, '1.02', '1.02', '1.01', '1.02'],
	['2.5', 0, '3', '2', '2', '3'],
	['3.5', 0, '4', '4', '3', '4'],
	['0.5', 0, '1', '0', '0', '1'],
	['1.5', 0, '2', '2', '1', '2'],
	['1234.5', 0, '1235', '1234', '1234', '1235'],
	['0.0005', 3, '0.001', '0.000', '0.000', '0.001'],
	['1.0015', 3, '1.002', '1.002', '1.001', '1.002'],
	['1.0025', 3, '1.003', '1.002', '1.002', '1.003'],
	['1.2345', 3, '1.235', '1.234', '1.234', '1.235'],
	[
		'999999999999.995',
		2,
		'1000000000000.00',
		'1000000000000.00',
		'999999999999.99',
		'1000000000000.00'
	]
];

const NEAR_TIES: Row[] = [
	['0.1250000000000000000000000000000001', 2, '0.13', '0.13', '0.12', '0.13'],
	['0.1249999999999999999999999999999999', 2, '0.12', '0.12', '0.12', '0.13'],
	['2.5000000001', 0, '3', '3', '2', '3'],
	['2.4999999999', 0, '2', '2', '2', '3'],
	['1.23450001', 3, '1.235', '1.235', '1.234', '1.235'],
	['1.23449999', 3, '1.234', '1.234', '1.234', '1.235'],
	['0.0001', 2, '0.00', '0.00', '0.00', '0.01'],
	['0.0049', 2, '0.00', '0.00', '0.00', '0.01'],
	['0.0051', 2, '0.01', '0.01', '0.00', '0.01'],
	['1.23456', 3, '1.235', '1.235', '1.234', '1.235'],
	['7.777', 2, '7.78', '7.78', '7.77', '7.78'],
	['7.771', 2, '7.77', '7.77', '7.77', '7.78'],
	['0.105', 1, '0.1', '0.1', '0.1', '0.2']
];

const NEGATIVE: Row[] = [
	['-0.125', 2, '-0.13', '-0.12', '-0.12', '-0.13'],
	['-0.135', 2, '-0.14', '-0.14', '-0.13', '-0.14'],
	['-2.5', 0, '-3', '-2', '-2', '-3'],
	['-3.5', 0, '-4', '-4', '-3', '-4'],
	['-1.0025', 3, '-1.003', '-1.002', '-1.002', '-1.003'],
	['-2.5000000001', 0, '-3', '-3', '-2', '-3'],
	['-2.4999999999', 0, '-2', '-2', '-2', '-3'],
	['-7.771', 2, '-7.77', '-7.77', '-7.77', '-7.78'],
	['-7.777', 2, '-7.78', '-7.78', '-7.77', '-7.78'],
	['-1234.5', 0, '-1235', '-1234', '-1234', '-1235']
];

// Values that round to zero from below: the result is zero and is never written "-0.00".
const TO_ZERO: Row[] = [
	['-0.001', 2, '0.00', '0.00', '0.00', '-0.01'],
	['-0.004', 2, '0.00', '0.00', '0.00', '-0.01'],
	['-0.005', 2, '-0.01', '0.00', '0.00', '-0.01'],
	['-0.4', 0, '0', '0', '0', '-1'],
	['-0.5', 0, '-1', '0', '0', '-1'],
	['-0.0004', 3, '0.000', '0.000', '0.000', '-0.001'],
	['0', 2, '0.00', '0.00', '0.00', '0.00'],
	['-0', 2, '0.00', '0.00', '0.00', '0.00'],
	['0', 0, '0', '0', '0', '0'],
	['0.000', 3, '0.000', '0.000', '0.000', '0.000']
];

// Already on the grid: every mode leaves them as they are.
const ON_GRID: Row[] = [
	['1234.56', 2, '1234.56', '1234.56', '1234.56', '1234.56'],
	['-1234.56', 2, '-1234.56', '-1234.56', '-1234.56', '-1234.56'],
	['1.5', 2, '1.50', '1.50', '1.50', '1.50'],
	['100', 0, '100', '100', '100', '100'],
	['100', 2, '100.00', '100.00', '100.00', '100.00'],
	['0.001', 3, '0.001', '0.001', '0.001', '0.001'],
	['12.345', 3, '12.345', '12.345', '12.345', '12.345'],
	[
		'123456789012345678901234567890.12',
		2,
		'123456789012345678901234567890.12',
		'123456789012345678901234567890.12',
		'123456789012345678901234567890.12',
		'123456789012345678901234567890.12'
	]
];

const MODES: Rounding[] = ['half-up', 'half-even', 'down', 'up'];

const cases = (rows: Row[]) =>
	rows.flatMap(([value, places, ...expected]) =>
		MODES.map((mode, i) => [value, places, mode, expected[i]] as const)
	);

describe('roundTo', () => {
	describe.each([
		['ties', TIES],
		['values just above and below ties', NEAR_TIES],
		['negative values', NEGATIVE],
		['values that round to zero', TO_ZERO],
		['values already on the grid', ON_GRID]
	])('%s', (_, rows) => {
		it.each(cases(rows))('rounds %s to %i places %s as %s', (value, places, mode, expected) => {
			const rounded = roundTo(new Dec(value), places, mode);
			expect(rounded.toFixed(places)).toBe(expected);
			expect(rounded.decimalPlaces()).toBeLessThanOrEqual(places);
		});
	});

	it.each(cases(TO_ZERO).filter(([, , , expected]) => !expected.startsWith('-')))(
		'gives a zero that prints without a sign for %s to %i places %s',
		(value, places, mode) => {
			const rounded = roundTo(new Dec(value), places, mode);
			expect(rounded.isZero()).toBe(true);
			expect(rounded.toString()).toBe('0');
			expect(rounded.toFixed(places)).not.toMatch(/^-/);
		}
	);

	it.each([
		['1234.5', 'JPY', 0, '1235'],
		['1234.565', 'USD', 2, '1234.57'],
		['1234.5655', 'KWD', 3, '1234.566'],
		['0.0005', 'KWD', 3, '0.001']
	])('rounds %s to the minor unit of %s (%i places)', (value, _currency, places, expected) => {
		expect(roundTo(new Dec(value), places, 'half-up').toFixed(places)).toBe(expected);
	});

	it.each(MODES)('returns a value equal to an on-grid input in %s mode', (mode) => {
		for (const [value, places] of ON_GRID) {
			const x = new Dec(value);
			expect(roundTo(x, places, mode).equals(x)).toBe(true);
		}
	});

	it.each(MODES)('does not mutate its input in %s mode', (mode) => {
		for (const [value, places] of [...TIES, ...NEGATIVE, ...TO_ZERO, ...ON_GRID]) {
			const x = new Dec(value);
			const before = x.valueOf();
			roundTo(x, places, mode);
			expect(x.valueOf()).toBe(before);
		}
	});

	it('gives the same result however often it is applied', () => {
		for (const mode of MODES)
			for (const [value, places] of [...TIES, ...NEAR_TIES, ...NEGATIVE]) {
				const once = roundTo(new Dec(value), places, mode);
				expect(roundTo(once, places, mode).equals(once)).toBe(true);
			}
	});
});
