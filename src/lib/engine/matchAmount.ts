import type { Context } from './context';
import type { Dec } from './decimal';
import { readMoneyMap } from './readMoneyMap';
import type { AmountCondition, Condition } from './types';

function boundsHold(ctx: Context, a: AmountCondition, principal: Dec): boolean {
	const c = ctx.send;
	if (a.gte && principal.lessThan(readMoneyMap(ctx, a.gte, c))) return false;
	if (a.gt && principal.lessThanOrEqualTo(readMoneyMap(ctx, a.gt, c))) return false;
	if (a.lte && principal.greaterThan(readMoneyMap(ctx, a.lte, c))) return false;
	if (a.lt && principal.greaterThanOrEqualTo(readMoneyMap(ctx, a.lt, c))) return false;
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
