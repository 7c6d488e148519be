import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feecalc as runCli } from '../../_lib/feecalc';
import { USAGE_VECTORS } from '../../_lib/vectors';

const USAGE = join(USAGE_VECTORS, 'rules');
const feecalc = (...args: string[]) => runCli(args);

const BASE = [
	'--rules',
	USAGE,
	'--schedule',
	'vector-usage',
	'--type',
	'transfer',
	'--funding',
	'bank_account',
	'--dest',
	'MX',
	'--from',
	'USD',
	'--at',
	'2026-03-16T12:00:00Z'
];

describe('feecalc with speed and usage', () => {
	it('takes --speed, --sent-this-period and --transfers-this-period', () => {
		const r = feecalc(
			'quote',
			...BASE,
			'--send',
			'500.00',
			'--speed',
			'express',
			'--sent-this-period',
			'800.00',
			'--transfers-this-period',
			'2',
			'--json'
		);
		expect(r.status).toBe(0);
		const q = JSON.parse(r.stdout);
		expect(q.request).toMatchObject({
			speed: 'express',
			sentThisPeriod: '800.00',
			transfersThisPeriod: 2
		});
		expect(q.senderLines.map((l: { id: string; amount: string }) => [l.id, l.amount])).toEqual([
			['intl', '5.00'],
			['express', '4.99']
		]);
	});

	it.each([
		[['--transfers-this-period', 'two'], 'transfersThisPeriod', 'invalid_count'],
		[['--transfers-this-period', '100001'], 'transfersThisPeriod', 'count_out_of_range'],
		[['--sent-this-period', '-5'], 'sentThisPeriod', 'negative'],
		[['--sent-this-period', '1.005'], 'sentThisPeriod', 'too_many_decimals'],
		[['--speed', 'Fast'], 'speed', 'invalid_key']
	])('exits 2 for %j, naming the field', (extra, field, code) => {
		const r = feecalc('quote', ...BASE, '--send', '500.00', ...extra);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain(field);
		expect(r.stderr).toContain(`(${code})`);
	});

	it('prints the allowance, help and hints in the readable breakdown', () => {
		const r = feecalc('quote', ...BASE, '--send', '1000.01', '--speed', 'turbo');
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('! unsupported_speed');
		expect(r.stdout).toContain('help: Choose Economy or Express.');
		const ok = feecalc('quote', ...BASE, '--send', '1000.01');
		expect(ok.stdout).toContain('allowance left 1000.00 USD, of which 1000.00 covered here');
		expect(ok.stdout).toContain('send_less: send 1000.00 USD (0.01 USD less)');
	});

	it('compares speeds with --vary speed=…', () => {
		const r = feecalc(
			'compare',
			...BASE,
			'--send',
			'500.00',
			'--vary',
			'speed=express,economy',
			'--json'
		);
		expect(r.status).toBe(0);
		const { quotes } = JSON.parse(r.stdout);
		expect(quotes.map((q: { request: { speed: string } }) => q.request.speed)).toEqual([
			'economy',
			'express'
		]);
	});
});
