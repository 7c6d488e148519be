import type { Context } from './context';
import type { Dec } from './decimal';
import { readMoneyMap } from './readMoneyMap';
import type { AmountCondition, Condition } from './types';

function boundsHold(ctx: Context, a: AmountCondition, principal: Dec): boolean {
	const read = (m: NonNullable<typeof a.gte>) => readMoneyMap(ctx, m, ctx.send);
	if (a.gte && principal.lessThan(read(a.gte))) return false;
	if (a.gt && principal.lessThanOrEqualTo(read(a.gt))) return false;
	if (a.lte && principal.greaterThan(read(a.lte))) return false;
	if (a.lt && principal.greaterThanOrEqualTo(read(a.lt))) return false;
	return true;
}

/** Whether a condition's `amount` bounds (any of them, for a list) hold for the principal. */
export function matchAmount(ctx: Context, when: Condition, principal: Dec): boolean {
	const a = when.amount;
	if (a === undefined) return true;
	return Array.isArray(a)
		? a.some((x) => boundsHold(ctx, x, principal))
		: boundsHold(ctx, a, principal);
}
