import type { Context } from './context';
import type { Component } from './types';
import { ZERO, type Dec } from './decimal';
import { readMoneyMap } from './readMoneyMap';
import { usageIn } from './usageIn';

/**
 * What is left of a component's allowance before this transfer, in currency C:
 * max(0, allowance − sentThisPeriod), both read in C; null without an allowance.
 */
export function allowanceLeft(ctx: Context, c: Component, currency: string): Dec | null {
	if (!c.allowance) return null;
	const left = readMoneyMap(ctx, c.allowance, currency).minus(usageIn(ctx, currency));
	return left.isNegative() ? ZERO : left;
}
