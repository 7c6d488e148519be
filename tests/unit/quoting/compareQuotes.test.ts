import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Dec, type QuoteResult } from '$lib/engine';
import { compareQuotes, MAX_COMBINATIONS, quote } from '$lib/quoting';
import { rankByCost } from '$lib/quoting/_lib/rankByCost';
import { loadRules, quoteOptions } from '$lib/server';
import { VECTOR_RULES } from '../../_lib/vectors';

const rules = loadRules(fileURLToPath(new URL('../../../rules', import.meta.url)));
const vectors = loadRules(VECTOR_RULES);
const AT = '2026-11-22T10:00:00Z';
const NOW = Date.parse(AT);
const opts = quoteOptions(NOW);

const BASE = {
	schedule: 'wallet-standard',
	at: AT,
	type: 'transfer',
	funding: 'balance',
	destination: 'MX',
	currency: 'USD',
	mode: 'send',
	amount: '100.00'
};

/** The engine's own quote of one request. */
function single(request: object, r = rules): QuoteResult {
	const out = quote(r, request, opts);
	if (!out.ok) throw new Error(JSON.stringify(out.issues));
	return out.quote;
}

function compared(input: unknown, r = rules) {
	const out = compareQuotes(r, input, opts);
	if (!out.ok) throw new Error(JSON.stringify(out.issues));
	return out;
}

function issuesOf(input: unknown, r = rules) {
	const out = compareQuotes(r, input, opts);
	if (out.ok) throw new Error('expected issues');
	return out.issues;
}

const blockCodes = (q: QuoteResult) =>
	q.notices.filter((n) => n.severity === 'block').map((n) => n.code);

describe('compareQuotes', () => {
	it('makes exactly the quotes of the combinations, one by one, ranked by cost then blocked', () => {
		const funding = ['cash', 'credit_card', 'balance', 'debit_card'];
		const destination = ['CU', 'MX', 'JP', 'GB'];
		const out = compared({ request: BASE, vary: { funding, destination } });
		const expected = funding.flatMap((f) =>
			destination.map((d) => single({ ...BASE, funding: f, destination: d }))
		);
		expect(out.quotes).toHaveLength(16);
		expect(out.excluded).toEqual([]);
		expect(new Set(out.quotes.map((q) => q.id))).toEqual(new Set(expected.map((q) => q.id)));
		for (const q of out.quotes) expect(q).toEqual(expected.find((e) => e.id === q.id));
		const allowed = expected.filter((q) => q.allowed);
		const blocked = expected.filter((q) => !q.allowed);
		const byCost = allowed
			.map((q, i) => ({ q, i }))
			.sort(
				(a, b) =>
					new Dec(a.q.cost!.total.amount).comparedTo(new Dec(b.q.cost!.total.amount)) || a.i - b.i
			)
			.map((x) => x.q.id);
		expect(out.quotes.map((q) => q.id)).toEqual([...byCost, ...blocked.map((q) => q.id)]);
		expect(blocked.map((q) => q.request.destination)).toEqual(['CU', 'CU', 'CU', 'CU']);
		expect(blocked.every((q) => blockCodes(q).includes('sanctioned_destination'))).toBe(true);
	});

	it('keeps the combination order between quotes of equal cost', () => {
		const a = compared({ request: BASE, vary: { funding: ['balance', 'bank_account'] } });
		const b = compared({ request: BASE, vary: { funding: ['bank_account', 'balance'] } });
		expect(a.quotes[0].cost).toEqual(a.quotes[1].cost);
		expect(a.quotes.map((q) => q.request.funding)).toEqual(['balance', 'bank_account']);
		expect(b.quotes.map((q) => q.request.funding)).toEqual(['bank_account', 'balance']);
	});

	it('orders combinations with the first varied key outermost', () => {
		const out = compared({
			request: { ...BASE, destination: 'CU' },
			vary: { payout: ['wallet', 'bank_account'], funding: ['balance', 'cash'] }
		});
		expect(out.quotes.map((q) => `${q.request.payout}/${q.request.funding}`)).toEqual([
			'wallet/balance',
			'wallet/cash',
			'bank_account/balance',
			'bank_account/cash'
		]);
	});

	it('answers one quote, the same as quote, without vary', () => {
		expect(compared({ request: BASE }).quotes).toEqual([single(BASE)]);
		expect(compared({ request: BASE, vary: {} }).quotes).toEqual([single(BASE)]);
	});

	it('gives each destination its default currency when varying destination', () => {
		const out = compared({
			request: { ...BASE, targetCurrency: 'USD' },
			vary: { destination: ['MX', 'JP'] }
		});
		const target = Object.fromEntries(
			out.quotes.map((q) => [q.request.destination, q.request.targetCurrency])
		);
		expect(target).toEqual({ MX: 'MXN', JP: 'JPY' });
	});

	it('keeps the request’s target currency when destination is not varied', () => {
		const out = compared({
			request: { ...BASE, targetCurrency: 'USD' },
			vary: { funding: ['balance'] }
		});
		expect(out.quotes[0].request.targetCurrency).toBe('USD');
	});

	it('uses the version in force of each schedule when varying schedule', () => {
		const out = compared({
			request: { ...BASE, version: '2027-01-01', funding: 'bank_account', currency: 'EUR' },
			vary: { schedule: ['wallet-standard', 'bank-wire'] }
		});
		expect(out.quotes.map((q) => [q.schedule.id, q.schedule.version]).sort()).toEqual([
			['bank-wire', '2026-01-01'],
			['wallet-standard', '2026-01-01']
		]);
	});

	it('varies type and funding into blocked and allowed quotes', () => {
		const out = compared({
			request: { ...BASE, destination: 'US' },
			vary: { type: ['withdrawal'], funding: ['debit_card', 'balance'] }
		});
		expect(out.quotes.map((q) => [q.request.funding, q.allowed])).toEqual([
			['balance', true],
			['debit_card', false]
		]);
		expect(blockCodes(out.quotes[1])).toEqual(['card_withdrawal_blocked']);
	});

	it('gives the issues of quote, under request, for a malformed base request', () => {
		const request = { ...BASE, amount: '1e3', currency: 'usd' };
		const direct = quote(rules, request, opts);
		if (direct.ok) throw new Error('expected issues');
		const issues = issuesOf({ request, vary: { funding: ['balance', 'cash'] } });
		expect(issues).toEqual(direct.issues.map((i) => ({ ...i, path: ['request', ...i.path] })));
	});

	it('lets vary supply a field the request leaves out', () => {
		const request: Partial<typeof BASE> = { ...BASE };
		delete request.funding;
		const out = compared({ request, vary: { funding: ['cash'] } });
		expect(out.quotes[0]).toEqual(single({ ...BASE, funding: 'cash' }));
	});

	it('leaves out and lists a combination that is a malformed request', () => {
		const request = { ...BASE, mode: 'receive', amount: '100.50' };
		const out = compared({ request, vary: { destination: ['MX', 'JP'] } });
		expect(out.quotes.map((q) => q.request.destination)).toEqual(['MX']);
		expect(out.excluded).toHaveLength(1);
		expect(out.excluded[0].change).toEqual({ destination: 'JP' });
		expect(out.excluded[0].issues.map((i) => [i.path, i.code])).toEqual([
			[['request', 'amount'], 'too_many_decimals']
		]);
	});

	it('answers issues when every combination is malformed', () => {
		const request = { ...BASE, mode: 'receive', amount: '100.50' };
		const issues = issuesOf({ request, vary: { destination: ['JP', 'KR'] } });
		expect(issues.map((i) => [i.path, i.code])).toEqual([
			[['request', 'amount'], 'too_many_decimals']
		]);
	});

	it('names the varied value of an unknown schedule', () => {
		const some = compared({ request: BASE, vary: { schedule: ['wallet-standard', 'nope'] } });
		expect(some.excluded.map((e) => e.issues[0].path)).toEqual([['vary', 'schedule', 1]]);
		const none = issuesOf({ request: BASE, vary: { schedule: ['nope', 'gone'] } });
		expect(none.map((i) => [i.path, i.code])).toEqual([
			[['vary', 'schedule', 0], 'unknown_schedule'],
			[['vary', 'schedule', 1], 'unknown_schedule']
		]);
	});

	it.each([
		[{ colour: ['red'] }, ['vary', 'colour'], 'unknown_vary_key'],
		[{ amount: ['1.00'] }, ['vary', 'amount'], 'unknown_vary_key'],
		[{ funding: 'cash' }, ['vary', 'funding'], 'invalid_list'],
		[{ funding: [] }, ['vary', 'funding'], 'empty_list'],
		[{ funding: ['cash', 'cash'] }, ['vary', 'funding', 1], 'duplicate_value'],
		[{ funding: ['cash', 5] }, ['vary', 'funding', 1], 'invalid_type'],
		[{ funding: ['Cash'] }, ['vary', 'funding', 0], 'invalid_key'],
		[{ payout: [''] }, ['vary', 'payout', 0], 'invalid_key'],
		[{ type: ['top-up'] }, ['vary', 'type', 0], 'invalid_key'],
		[{ destination: ['MX', 'mx'] }, ['vary', 'destination', 1], 'invalid_country'],
		[{ schedule: ['Wallet'] }, ['vary', 'schedule', 0], 'invalid_id']
	])('rejects vary %j with %j %s', (vary, path, code) => {
		const issues = issuesOf({ request: BASE, vary });
		expect(issues.map((i) => [i.path, i.code])).toEqual([[path, code]]);
		expect(issues[0].message).not.toBe('');
	});

	it.each([
		[null, [], 'invalid_body'],
		[[BASE], [], 'invalid_body'],
		[{ vary: {} }, ['request'], 'required'],
		[{ request: 'x' }, ['request'], 'invalid_body'],
		[{ request: BASE, vary: [] }, ['vary'], 'invalid_body'],
		[{ request: BASE, extra: 1 }, ['extra'], 'unknown_field']
	])('rejects the body %j', (body, path, code) => {
		expect(issuesOf(body).map((i) => [i.path, i.code])).toEqual([[path, code]]);
	});

	it(`refuses more than ${MAX_COMBINATIONS} combinations before pricing any`, () => {
		const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
		const destination = [...letters].flatMap((a) => [...letters].map((b) => a + b)).slice(0, 50);
		const funding = Array.from({ length: 21 }, (_, i) => `f${i}`);
		const issues = issuesOf({ request: BASE, vary: { destination, funding } });
		expect(issues.map((i) => [i.path, i.code])).toEqual([[['vary'], 'too_many_combinations']]);
		expect(issues[0].message).toContain('1050');
		expect(
			compared({ request: BASE, vary: { destination, funding: funding.slice(0, 20) } }).quotes
		).toHaveLength(1000);
	});

	it('compares every destination × funding × payout of wallet-standard in one request', () => {
		const s = rules.schedules.get('wallet-standard')![0].schedule;
		const vary = {
			destination: Object.keys(s.destinations),
			funding: Object.keys(s.funding),
			payout: Object.keys(s.payouts!)
		};
		const out = compared({ request: BASE, vary });
		expect(out.quotes).toHaveLength(vary.destination.length * 15);
		const firstBlocked = out.quotes.findIndex((q) => !q.allowed);
		expect(out.quotes.slice(firstBlocked).every((q) => !q.allowed)).toBe(true);
	});

	it('writes its issue messages in the request’s locale', () => {
		const [en] = issuesOf({ request: BASE, vary: { funding: [] } });
		const [zh] = issuesOf({ request: { ...BASE, locale: 'zh-CN' }, vary: { funding: [] } });
		expect(en.code).toBe(zh.code);
		expect(zh.message).not.toBe(en.message);
	});

	it('works on the vector rules', () => {
		const request = { ...BASE, schedule: 'vector-wallet', destination: 'US', currency: 'CNY' };
		const out = compared(
			{ request, vary: { funding: ['balance', 'bank_card', 'credit_card'] } },
			vectors
		);
		expect(out.quotes.map((q) => q.request.funding)).toEqual([
			'balance',
			'bank_card',
			'credit_card'
		]);
		for (const q of out.quotes) expect(q).toEqual(single(q.request, vectors));
	});

	it('does not change its input', () => {
		const input = { request: { ...BASE, targetCurrency: 'USD' }, vary: { destination: ['MX'] } };
		const copy = structuredClone(input);
		compared(input);
		expect(input).toEqual(copy);
	});
});

describe('rankByCost', () => {
	it('converts costs in other currencies at each quote’s mid rate', () => {
		const usd = single({ ...BASE, amount: '1000.00' });
		const eur = single({ ...BASE, currency: 'EUR', amount: '900.00' });
		const { USD } = rules.rates.get('ecb')![0].rates;
		const eurCost = new Dec(eur.cost!.total.amount);
		// Fewer euros than dollars, but more once converted: the order must follow the conversion.
		expect(eurCost.lessThan(usd.cost!.total.amount)).toBe(true);
		expect(eurCost.times(USD).greaterThan(usd.cost!.total.amount)).toBe(true);
		expect(rankByCost(rules, [eur, usd], 'USD')).toEqual([1, 0]);
		expect(rankByCost(rules, [eur, usd], 'EUR')).toEqual([1, 0]);
		expect(rankByCost(rules, [usd, eur], 'USD')).toEqual([0, 1]);
	});

	it('puts blocked quotes last, in their order', () => {
		const blocked = single({ ...BASE, destination: 'CU' });
		const blocked2 = single({ ...BASE, destination: 'KP' });
		const ok = single(BASE);
		expect(rankByCost(rules, [blocked, ok, blocked2], 'USD')).toEqual([1, 0, 2]);
	});
});
