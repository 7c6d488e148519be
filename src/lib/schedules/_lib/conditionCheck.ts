import type { Condition, Schedule } from '../../engine';
import { weekMinute } from '../../engine';
import { type Checks, list, type Path } from './checks';
import { isTimeZone } from './isTimeZone';
import { messages } from './messages';

/**
 * A check of conditions against the schedule: keys and regions it declares, MoneyMaps in amount
 * bounds, windows in a known time zone that are not empty.
 */
export function conditionCheck(s: Schedule, checks: Checks): (when: Condition, path: Path) => void {
	const declared: Record<string, Set<string>> = {
		type: new Set(Object.keys(s.types)),
		funding: new Set(Object.keys(s.funding)),
		payout: new Set(Object.keys(s.payouts ?? {})),
		profile: new Set(Object.keys(s.profiles ?? {})),
		speed: new Set(Object.keys(s.speeds ?? {})),
		currency: new Set(s.currencies),
		targetCurrency: new Set(Object.values(s.destinations).flatMap((d) => d.currencies)),
		origin: new Set(s.origins),
		destination: new Set(Object.keys(s.destinations))
	};
	return (when, path) => {
		for (const k of Object.keys(declared)) {
			for (const v of list(when[k as keyof Condition] as string | string[] | undefined)) {
				if (v.startsWith('@')) {
					if (!Object.hasOwn(s.regions ?? {}, v.slice(1)))
						checks.add([...path, k], 'undeclared_region', messages.undeclaredRegion(v));
				} else if (!declared[k].has(v)) {
					checks.add([...path, k], 'undeclared_key', messages.undeclaredKey(k, v));
				}
			}
		}
		list(when.amount).forEach((a, j) => {
			const ap = Array.isArray(when.amount) ? [...path, 'amount', j] : [...path, 'amount'];
			for (const b of ['gte', 'gt', 'lte', 'lt'] as const) checks.moneyMap(a[b], [...ap, b]);
		});
		list(when.window).forEach((w, j) => {
			const wp = Array.isArray(when.window) ? [...path, 'window', j] : [...path, 'window'];
			if (!isTimeZone(w.timeZone))
				checks.add([...wp, 'timeZone'], 'unknown_time_zone', messages.unknownTimeZone(w.timeZone));
			if (weekMinute(w.from) >= 0 && weekMinute(w.from) === weekMinute(w.to))
				checks.add([...wp, 'to'], 'empty_window', messages.emptyWindow(w.from));
		});
	};
}
