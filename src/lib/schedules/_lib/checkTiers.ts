import type { Tiers } from '../../engine';
import { Dec } from '../../engine';
import type { Checks, Path } from './checks';
import { messages } from './messages';

/** A component's tiers: a known currency, brackets ascending, only the last one open. */
export function checkTiers(t: Tiers, path: Path, checks: Checks): void {
	checks.currency(t.currency, [...path, 'currency']);
	let prev: Dec | null = null;
	t.brackets.forEach((b, j) => {
		const bp: Path = [...path, 'brackets', j, 'upTo'];
		const last = j === t.brackets.length - 1;
		if (b.upTo === null) {
			if (!last) checks.add(bp, 'tiers_not_ascending', messages.openBracketNotLast);
			return;
		}
		if (last) checks.add(bp, 'tiers_last_not_open', messages.lastBracketNotOpen);
		const u = new Dec(b.upTo);
		if (u.lessThanOrEqualTo(0) || (prev && u.lessThanOrEqualTo(prev)))
			checks.add(bp, 'tiers_not_ascending', messages.bracketsNotAscending(b.upTo));
		prev = u;
	});
}
