import type { QuoteResult } from '../types';
import { Dec } from '../decimal';

/**
 * What the same request priced at a later instant is worth to the person, exactly, in the send
 * currency (positive: better then); null without the amounts to compare. In `receive` mode the
 * recipient gets the amount asked either way: what the sender pays less. In `send` and `pay`
 * modes, what the sender pays less plus what the recipient gets more, at the mid rate back
 * (`back`, target to send), so a worse rate counts as much as a fee.
 *
 * @example
 * // 200.00 EUR sent either way, 229.52 USD received instead of 227.22, 1 USD = 0.871… EUR
 * gainOfWaiting(saturday, sunday, back).toFixed(2) // '2.00'
 */
export function gainOfWaiting(now: QuoteResult, later: QuoteResult, back: Dec): Dec | null {
	if (!now.total || !later.total) return null;
	const paysLess = new Dec(now.total.amount).minus(later.total.amount);
	if (now.mode === 'receive') return paysLess;
	if (!now.received || !later.received) return null;
	const getsMore = new Dec(later.received.amount).minus(now.received.amount);
	return paysLess.plus(getsMore.times(back));
}
