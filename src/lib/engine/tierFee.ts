import type { Tiers } from './types';
import { Dec, ZERO, dec, percentOf } from './decimal';

export interface TierFee {
	fee: Dec;
	/** The bracket used (volume) or the highest bracket reached (graduated); -1 for none. */
	index: number;
}

function bracketFee(amount: Dec, percent: string | undefined, fixed: string | undefined): Dec {
	if (!percent) return fixed ? dec(fixed) : ZERO;
	const fee = amount.times(percentOf(percent));
	return fixed ? fee.plus(dec(fixed)) : fee;
}

/**
 * The fee of a tier table for an amount already in `tiers.currency`, placed after `used` (the
 * period's earlier volume for `basis: "period"`, else zero): the transfer is (used, used + amount].
 *
 * @example
 * tierFee({ currency: 'USD', mode: 'graduated', brackets: [{ upTo: '100', percent: '1' }, { upTo: null, percent: '2' }] }, new Dec(150)).fee.toString() // '2'
 */
export function tierFee(tiers: Tiers, amount: Dec, used: Dec = ZERO): TierFee {
	const end = used.isZero() ? amount : used.plus(amount);
	let lower = ZERO;
	let fee = ZERO;
	let index = -1;
	for (let i = 0; i < tiers.brackets.length; i++) {
		const b = tiers.brackets[i];
		const upTo = b.upTo === null ? null : dec(b.upTo);
		if (tiers.mode === 'volume') {
			if (end.greaterThan(lower) && (upTo === null || end.lessThanOrEqualTo(upTo)))
				return { fee: bracketFee(amount, b.percent, b.fixed), index: i };
		} else if (end.greaterThan(lower) && (upTo === null || used.lessThan(upTo))) {
			const top = upTo === null || end.lessThan(upTo) ? end : upTo;
			const bottom = used.greaterThan(lower) ? used : lower;
			fee = fee.plus(bracketFee(top.minus(bottom), b.percent, b.fixed));
			index = i;
		}
		if (upTo === null) break;
		lower = upTo;
	}
	return { fee, index };
}

/** Index of the bracket an amount falls in (by `lower < amount <= upTo`), -1 at or below zero. */
export function bracketIndex(tiers: Tiers, amount: Dec): number {
	if (amount.lessThanOrEqualTo(0)) return -1;
	for (const [i, b] of tiers.brackets.entries()) {
		if (b.upTo === null || amount.lessThanOrEqualTo(b.upTo)) return i;
	}
	return tiers.brackets.length - 1;
}
