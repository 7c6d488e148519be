import type { QuoteResult } from '../../src/lib/engine';
import { Dec } from '../../src/lib/engine';

export interface VectorCase {
	name: string;
	request: Record<string, string>;
	expect: Record<string, unknown>;
}

const amount = (m: { amount: string } | null) => (m ? m.amount : null);
const lines = (l: { id: string; amount: string }[]) =>
	Object.fromEntries(l.map((x) => [x.id, x.amount]));

/** The result fields a case's `expect` names, read the way the vectors README says. */
export function actualFor(
	expect: Record<string, unknown>,
	q: QuoteResult
): Record<string, unknown> {
	const get: Record<string, () => unknown> = {
		allowed: () => q.allowed,
		noticeCodes: () => [...new Set(q.notices.map((n) => n.code))].sort(),
		scope: () => q.scope,
		principal: () => amount(q.principal),
		total: () => amount(q.total),
		transferFees: () => amount(q.transferFees),
		transferTaxes: () => amount(q.transferTaxes),
		converted: () => amount(q.converted),
		received: () => amount(q.received),
		senderLines: () => lines(q.senderLines),
		recipientLines: () => lines(q.recipientLines),
		exchangeRate: () => q.exchangeRate && { mid: q.exchangeRate.mid, rate: q.exchangeRate.rate },
		cost: () =>
			q.cost && {
				total: q.cost.total.amount,
				percent: q.cost.percent,
				allInMarkupPercent: q.cost.allInMarkupPercent
			},
		delivery: () => q.delivery,
		scheduleVersion: () => q.schedule.version,
		rates: () => q.rates
	};
	return Object.fromEntries(
		Object.keys(expect).map((k) => [k, get[k] ? get[k]() : `(unknown key ${k})`])
	);
}

/** `expect` normalised for comparison: notice codes as a sorted set, rates as decimals. */
export function expectedFor(
	expect: Record<string, unknown>,
	q: QuoteResult
): Record<string, unknown> {
	const out = { ...expect };
	if (Array.isArray(out.noticeCodes))
		out.noticeCodes = [...new Set(out.noticeCodes as string[])].sort();
	const x = out.exchangeRate as { mid: string; rate: string } | null | undefined;
	if (x && q.exchangeRate) {
		// Equal as decimals: keep the result's spelling when the values are the same.
		out.exchangeRate = {
			mid: new Dec(x.mid).equals(q.exchangeRate.mid) ? q.exchangeRate.mid : x.mid,
			rate: new Dec(x.rate).equals(q.exchangeRate.rate) ? q.exchangeRate.rate : x.rate
		};
	}
	return out;
}

/** The command line arguments for a case's request. */
export function cliArgs(request: Record<string, string>, rules: string): string[] {
	const names: Record<string, string> = {
		schedule: '--schedule',
		type: '--type',
		funding: '--funding',
		destination: '--dest',
		currency: '--from',
		targetCurrency: '--to',
		origin: '--origin',
		payout: '--payout',
		profile: '--profile',
		version: '--version',
		at: '--at',
		locale: '--locale'
	};
	const args = ['quote', '--rules', rules, '--json'];
	for (const [k, v] of Object.entries(request)) {
		if (k === 'mode' || k === 'amount') continue;
		if (!names[k]) throw new Error(`vector request field ${k} has no command line option`);
		args.push(names[k], v);
	}
	args.push(`--${request.mode}`, request.amount);
	return args;
}
