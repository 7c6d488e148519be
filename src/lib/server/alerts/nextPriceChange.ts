import { nextWindowChange, windowsOf } from '../../engine';
import { type Rules, selectVersion } from '../../schedules';

/**
 * The next instant after `now` at which a price could change without the rules changing: a
 * schedule version taking effect, or a window of a version in force opening or closing (a
 * weekend mark-up, an off-peak fee). Null when there is none.
 */
export function nextPriceChange(rules: Rules, now: number): number | null {
	let next = Infinity;
	for (const versions of rules.schedules.values()) {
		for (const v of versions) if (v.effectiveFrom > now) next = Math.min(next, v.effectiveFrom);
		const inForce = selectVersion(versions, now);
		if (inForce)
			for (const w of windowsOf(inForce.schedule)) next = Math.min(next, nextWindowChange(w, now));
	}
	return Number.isFinite(next) ? next : null;
}
