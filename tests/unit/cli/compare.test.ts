import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dec, type QuoteResult } from '$lib/engine';
import { findAlternatives, quote } from '$lib/quoting';
import { loadRules, quoteOptions } from '$lib/server';
import { feecalc as runFeecalc } from '../../_lib/feecalc';
import { PROJECT_ROOT as ROOT } from '../../_lib/projectRoot';
import { VECTOR_RULES as VECTORS } from '../../_lib/vectors';

const rules = loadRules(join(ROOT, 'rules'));
const AT = '2026-11-22T10:00:00Z';
const NOW = Date.parse(AT);

const feecalc = (...args: string[]) => runFeecalc(args);

const OPTIONS = [
	'--schedule',
	'wallet-standard',
	'--type',
	'transfer',
	'--funding',
	'balance',
	'--dest',
	'MX',
	'--from',
	'USD',
	'--at',
	AT
];
const REQUEST = {
	schedule: 'wallet-standard',
	type: 'transfer',
	funding: 'balance',
	destination: 'MX',
	currency: 'USD',
	at: AT
};

function single(request: object, r = rules): QuoteResult {
	const out = quote(r, request, quoteOptions(NOW));
	if (!out.ok) throw new Error(JSON.stringify(out.issues));
	return out.quote;
}

/** Quotes ranked the way quote.md says: allowed by cost (stable), then blocked. */
function ranked(quotes: QuoteResult[]): QuoteResult[] {
	const allowed = quotes
		.filter((q) => q.allowed)
		.map((q, i) => ({ q, i }))
		.sort(
			(a, b) =>
				new Dec(a.q.cost!.total.amount).comparedTo(new Dec(b.q.cost!.total.amount)) || a.i - b.i
		)
		.map((x) => x.q);
	return [...allowed, ...quotes.filter((q) => !q.allowed)];
}

describe('feecalc compare', () => {
	it('prints {"quotes"} equal to the quotes made one by one, ranked', () => {
		const funding = ['cash', 'debit_card', 'balance'];
		const dest = ['CU', 'JP', 'MX'];
		const r = feecalc(
			'compare',
			...OPTIONS,
			'--send',
			'250.00',
			'--vary',
			`funding=${funding.join(',')}`,
			`--vary=dest=${dest.join(',')}`,
			'--json'
		);
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(Object.keys(out)).toEqual(['quotes']);
		const expected = funding.flatMap((f) =>
			dest.map((d) =>
				single({ ...REQUEST, funding: f, destination: d, mode: 'send', amount: '250.00' })
			)
		);
		expect(out.quotes).toEqual(ranked(expected));
	});

	it('compares in pay mode on another rules folder', () => {
		const r = feecalc(
			'compare',
			'--rules',
			VECTORS,
			'--schedule',
			'vector-wallet',
			'--type',
			'transfer',
			'--funding',
			'balance',
			'--dest',
			'US',
			'--from',
			'CNY',
			'--at',
			'2026-03-20T00:00:00Z',
			'--pay',
			'1000.00',
			'--vary',
			'funding=credit_card,bank_card,balance',
			'--json'
		);
		expect(r.status).toBe(0);
		const vectors = loadRules(VECTORS);
		const expected = ['credit_card', 'bank_card', 'balance'].map((funding) =>
			single(
				{
					schedule: 'vector-wallet',
					type: 'transfer',
					funding,
					destination: 'US',
					currency: 'CNY',
					at: '2026-03-20T00:00:00Z',
					mode: 'pay',
					amount: '1000.00'
				},
				vectors
			)
		);
		expect(JSON.parse(r.stdout).quotes).toEqual(ranked(expected));
	});

	it('prints a ranked table with the varied values, totals, cost and blocks', () => {
		const r = feecalc(
			'compare',
			...OPTIONS,
			'--send',
			'100.00',
			'--vary',
			'dest=CU,MX',
			'--vary',
			'funding=debit_card,balance'
		);
		expect(r.status).toBe(0);
		const rows = r.stdout.trim().split('\n');
		expect(rows[0]).toMatch(/#\s+destination\s+funding\s+Total paid\s+Received\s+Total cost/);
		expect(rows).toHaveLength(5);
		const best = single({ ...REQUEST, mode: 'send', amount: '100.00' });
		expect(rows[1]).toMatch(/^1\s+MX\s+balance\s/);
		expect(rows[1]).toContain(`${best.total!.amount} USD`);
		expect(rows[1]).toContain(`${best.cost!.percent} %`);
		expect(rows[1]).toMatch(/allowed$/);
		expect(rows[3]).toMatch(/^3\s+CU\s+debit_card\s.*blocked: sanctioned_destination$/);
	});

	it('lists a combination that is a malformed request under excluded', () => {
		const r = feecalc(
			'compare',
			...OPTIONS,
			'--receive',
			'100.50',
			'--vary',
			'dest=MX,JP',
			'--json'
		);
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(out.quotes.map((q: QuoteResult) => q.request.destination)).toEqual(['MX']);
		expect(out.excluded[0].change).toEqual({ destination: 'JP' });
		expect(out.excluded[0].issues[0].code).toBe('too_many_decimals');
	});

	it.each([
		[['--vary', 'funding'], '--vary'],
		[['--vary', '=cash'], '--vary'],
		[['--vary', 'funding=cash', '--vary', 'funding=balance'], 'more than once'],
		[['--vary', 'colour=red'], 'unknown_vary_key'],
		[['--vary', 'funding=cash,cash'], 'duplicate_value'],
		[['--vary', 'funding=cash,'], 'invalid_key'],
		[['--vary', 'dest=mx'], 'invalid_country']
	])('exits 2 for %j', (vary, message) => {
		const r = feecalc('compare', ...OPTIONS, '--send', '100.00', ...vary);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain(message);
	});

	it('exits 2 for too many combinations', () => {
		const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
		const dest = [...letters].flatMap((a) => [...letters].map((b) => a + b)).slice(0, 60);
		const funding = Array.from({ length: 20 }, (_, i) => `f${i}`);
		const r = feecalc(
			'compare',
			...OPTIONS,
			'--send',
			'100.00',
			'--vary',
			`dest=${dest.join(',')}`,
			'--vary',
			`funding=${funding.join(',')}`
		);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('too_many_combinations');
	});

	it('exits 2 with the issue for a malformed base request', () => {
		const r = feecalc('compare', ...OPTIONS, '--send', '1e3', '--vary', 'funding=cash');
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/^feecalc: amount: .*\(invalid_amount\)\n$/);
	});
});

describe('feecalc alternatives', () => {
	it('prints {"alternatives"} equal to findAlternatives', () => {
		const r = feecalc(
			'alternatives',
			...OPTIONS,
			'--profile',
			'unverified',
			'--send',
			'1500.00',
			'--json'
		);
		expect(r.status).toBe(0);
		const request = { ...REQUEST, profile: 'unverified', mode: 'send', amount: '1500.00' };
		const expected = findAlternatives(rules, request, quoteOptions(NOW));
		if (!expected.ok) throw new Error('expected alternatives');
		expect(JSON.parse(r.stdout)).toEqual({ alternatives: expected.alternatives });
		expect(expected.alternatives.map((a) => a.change)).toContainEqual({ profile: 'verified' });
	});

	it('says when the quote is allowed or nothing helps', () => {
		const allowed = feecalc('alternatives', ...OPTIONS, '--send', '100.00');
		expect(allowed.status).toBe(0);
		expect(allowed.stdout).toContain('allowed');
		const frozen = feecalc('alternatives', ...OPTIONS, '--profile', 'frozen', '--send', '100.00');
		expect(frozen.status).toBe(0);
		expect(frozen.stdout).toContain('account_frozen');
		expect(frozen.stdout).toContain('No change');
	});
});
