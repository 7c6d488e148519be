import { expect } from 'vitest';
import type { Line, Money, QuoteResult } from '$lib/engine';
import { isOnGrid, requestMinor, toMinor } from './minor';

const PERCENT = /^-?(0|[1-9][0-9]*)\.[0-9]{2}$/;

function amountOf(m: Money, currency: string, label: string): bigint {
	expect(m.currency, `${label} currency`).toBe(currency);
	expect(isOnGrid(m.amount, currency), `${label} ${m.amount} ${currency} on the grid`).toBe(true);
	return toMinor(m.amount, currency);
}

function sumLines(lines: Line[], currency: string, label: string): bigint {
	let sum = 0n;
	for (const l of lines) {
		const v = amountOf(l, currency, `${label} ${l.id}`);
		expect(v, `${label} ${l.id} is not negative`).toBeGreaterThanOrEqual(0n);
		sum += v;
	}
	return sum;
}

/**
 * The arithmetic invariants every quote keeps (quote.md, Result): totals add up, every amount has
 * exactly its currency's minor digits, no line is negative, and the fixed amount of the mode holds.
 */
export function expectQuoteInvariants(q: QuoteResult): void {
	const send = q.request.currency;
	const target = q.request.targetCurrency ?? send;
	expect(q.allowed, 'allowed iff no block notice').toBe(
		!q.notices.some((n) => n.severity === 'block')
	);
	expect(q.id).toMatch(/^[0-9a-f]{64}$/);

	const senderSum = sumLines(q.senderLines, send, 'sender line');
	const recipientSum = sumLines(q.recipientLines, target, 'recipient line');
	const principal = q.principal && amountOf(q.principal, send, 'principal');
	if (principal !== null) expect(principal, 'principal is positive').toBeGreaterThan(0n);

	if (q.total !== null) {
		expect(principal).not.toBeNull();
		expect(q.transferFees).not.toBeNull();
		expect(q.transferTaxes).not.toBeNull();
		const total = amountOf(q.total, send, 'total');
		const fees = amountOf(q.transferFees!, send, 'transferFees');
		const taxes = amountOf(q.transferTaxes!, send, 'transferTaxes');
		const byCategory = (c: string) =>
			sumLines(
				q.senderLines.filter((l) => l.category === c),
				send,
				c
			);
		expect(fees, 'transferFees = sum of fee lines').toBe(byCategory('fee'));
		expect(taxes, 'transferTaxes = sum of tax lines').toBe(byCategory('tax'));
		expect(fees + taxes, 'fees + taxes = sum of sender lines').toBe(senderSum);
		expect(total, 'total = principal + sender lines').toBe(principal! + senderSum);
	} else {
		expect(q.senderLines).toEqual([]);
	}

	if (q.received !== null) {
		expect(q.converted).not.toBeNull();
		const converted = amountOf(q.converted!, target, 'converted');
		const received = amountOf(q.received, target, 'received');
		expect(received, 'received = converted - recipient lines').toBe(converted - recipientSum);
		if (q.exchangeRate === null) {
			expect(target, 'no conversion only within one currency').toBe(send);
			expect(converted, 'without conversion, converted = principal').toBe(principal);
		}
	} else {
		expect(q.recipientLines).toEqual([]);
	}

	if (q.cost !== null) {
		const cost = amountOf(q.cost.total, send, 'cost.total');
		expect(cost, 'cost.total is not negative').toBeGreaterThanOrEqual(0n);
		expect(q.cost.percent).toMatch(PERCENT);
		if (q.cost.allInMarkupPercent !== null) expect(q.cost.allInMarkupPercent).toMatch(PERCENT);
	}

	const mode = q.request.mode;
	if (mode === 'send' && principal !== null)
		expect(principal, 'send: principal = amount').toBe(requestMinor(q.request.amount, send));
	if (mode === 'pay' && q.total !== null)
		expect(toMinor(q.total.amount, send), 'pay: total <= amount').toBeLessThanOrEqual(
			requestMinor(q.request.amount, send)
		);
	if (mode === 'receive' && q.received !== null)
		expect(
			toMinor(q.received.amount, target),
			'receive: received >= amount'
		).toBeGreaterThanOrEqual(requestMinor(q.request.amount, target));
}
