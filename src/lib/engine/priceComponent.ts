import type { Context } from './context';
import type { Component, Explain } from './types';
import { Dec, ZERO, percentOf } from './decimal';
import { allowanceLeft } from './allowanceLeft';
import { formatAmount, formatRaw } from './formatAmount';
import { exponentOf } from './minorUnits';
import { readMoneyMap } from './readMoneyMap';
import { roundTo } from './roundTo';
import { tierFee } from './tierFee';
import { usageIn } from './usageIn';

export interface PricedComponent {
	component: Component;
	amount: Dec;
	/** The value after min/max, before rounding to minor units. */
	exact: Dec;
	currency: string;
	/** What the component was priced on, in `currency`. */
	base: Dec;
	/** Percent + fixed + tiers, before min/max. */
	raw: Dec;
	/** The fixed part read in `currency`, when there is one. */
	fixed: Dec | null;
	clamp: Explain['clamp'];
	tier: Explain['tier'];
	/** With an allowance: what was left before this transfer and the part of B it covered. */
	allowance: { remaining: Dec; covered: Dec } | null;
}

/**
 * Values one component on base B in currency C: percent + fixed + tiers, clamped by min/max,
 * rounded to C's minor unit.
 */
export function priceComponent(
	ctx: Context,
	c: Component,
	whole: Dec,
	currency: string
): PricedComponent {
	const remaining = allowanceLeft(ctx, c, currency);
	let base = whole;
	let allowance: PricedComponent['allowance'] = null;
	if (remaining !== null) {
		const covered = whole.lessThan(remaining) ? whole : remaining;
		base = whole.minus(covered);
		allowance = { remaining, covered };
		if (base.isZero())
			return {
				component: c,
				amount: ZERO,
				exact: ZERO,
				currency,
				base,
				raw: ZERO,
				fixed: null,
				clamp: null,
				tier: null,
				allowance
			};
	}
	// Parts are added only when present: a lone fixed part or tier fee is the raw value itself.
	let raw: Dec | null = c.percent ? base.times(percentOf(c.percent)) : null;
	const fixed = c.fixed ? readMoneyMap(ctx, c.fixed, currency) : null;
	if (fixed) raw = raw ? raw.plus(fixed) : fixed;
	let tier: Explain['tier'] = null;
	if (c.tiers) {
		const tc = c.tiers.currency;
		const period = c.tiers.basis === 'period';
		const used = period ? usageIn(ctx, tc) : ZERO;
		const t = tierFee(c.tiers, tc === currency ? base : base.times(ctx.mid(currency, tc)), used);
		const fee = tc === currency ? t.fee : t.fee.times(ctx.mid(tc, currency));
		raw = raw ? raw.plus(fee) : fee;
		tier =
			t.index < 0
				? null
				: period
					? { basis: 'period', index: t.index, mode: c.tiers.mode }
					: { index: t.index, mode: c.tiers.mode };
	}
	raw ??= ZERO;
	let value = raw;
	let clamp: Explain['clamp'] = null;
	if (c.min && value.lessThan(readMoneyMap(ctx, c.min, currency))) {
		value = readMoneyMap(ctx, c.min, currency);
		clamp = 'min';
	}
	if (c.max && value.greaterThan(readMoneyMap(ctx, c.max, currency))) {
		value = readMoneyMap(ctx, c.max, currency);
		clamp = 'max';
	}
	const amount = roundTo(value, exponentOf(currency), ctx.rounding);
	return { component: c, amount, exact: value, currency, base, raw, fixed, clamp, tier, allowance };
}

/**
 * How a priced component was worked out, for its line's `explain`. `withAllowance`: the schedule
 * uses allowances, so every line says `allowance` (null on lines without one).
 */
export function explainOf(l: PricedComponent, withAllowance = false): Explain {
	const base = formatAmount(l.base, l.currency);
	const fixed = l.fixed ? formatRaw(l.fixed, l.currency) : null;
	const percent = l.component.percent ?? null;
	const raw = formatRaw(l.raw, l.currency);
	// Object literals of one shape each, keys in canonical order (a spread would be slower).
	if (!withAllowance) return { base, clamp: l.clamp, fixed, percent, raw, tier: l.tier };
	const a = l.allowance;
	const allowance = a
		? { covered: formatRaw(a.covered, l.currency), remaining: formatRaw(a.remaining, l.currency) }
		: null;
	return { allowance, base, clamp: l.clamp, fixed, percent, raw, tier: l.tier };
}

/** Sum of the amounts of priced components. */
export function sumAmounts(lines: PricedComponent[]): Dec {
	if (lines.length === 0) return ZERO;
	let sum = lines[0].amount;
	for (let i = 1; i < lines.length; i++) sum = sum.plus(lines[i].amount);
	return sum;
}
