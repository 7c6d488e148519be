import { describe, expect, it } from 'vitest';
import { feecalc } from '../../_lib/feecalc';

const RECEIPT = [
	'decode',
	'--sent',
	'1000.00',
	'--from',
	'USD',
	'--received',
	'16950.00',
	'--to',
	'MXN',
	'--fee',
	'5.00',
	'--date',
	'2026-03-16'
];

describe('feecalc decode', () => {
	it('leads with the answer in words, then the figures and the reference rate used', () => {
		const r = feecalc([...RECEIPT, '--dest', 'MX']);
		expect(r.status).toBe(0);
		const lines = r.stdout.split('\n');
		expect(lines[0]).toBe(
			'Your rate was 4.89 % worse than the reference rate: the transfer cost 53.89 USD, 5.39 % of what you sent.'
		);
		expect(r.stdout).toContain(
			'ecb as of 2026-03-13T16:00:00+01:00 (3 days 8 hours old at 2026-03-16T23:59:59Z)'
		);
		expect(r.stdout).toMatch(/Hidden mark-up cost +48\.89 USD/);
		expect(r.stdout).toMatch(/wallet-standard 2026-01-01 .+ USD/);
	});

	it('prints decode.md JSON with --json', () => {
		const r = feecalc([...RECEIPT, '--json']);
		expect(r.status).toBe(0);
		const body = JSON.parse(r.stdout);
		expect(body.cost.total).toEqual({ amount: '53.89', currency: 'USD' });
		expect(body.instead).toEqual([]);
	});

	it.each([
		[['--sent', '1,000'], 'sent', 'invalid_amount'],
		[['--to', 'USD'], 'receivedCurrency', 'same_currency'],
		[['--date', '1990-01-01'], 'date', 'no_reference_rate'],
		[['--date', '2999-01-01'], 'date', 'date_in_future'],
		[['--from', 'ABC'], 'sentCurrency', 'unknown_currency']
	])('exits 2 with one line for %j', (change, field, code) => {
		const args = [...RECEIPT];
		args[args.indexOf(change[0]) + 1] = change[1];
		const r = feecalc(args);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(new RegExp(`^feecalc: ${field}: .+ \\(${code}\\)\\n$`));
	});

	it('exits 2 for a missing field and for a repeated option', () => {
		expect(feecalc(RECEIPT.slice(0, -2)).stderr).toContain('(required)');
		expect(feecalc([...RECEIPT, '--fee', '1']).status).toBe(2);
	});
});
