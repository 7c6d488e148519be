import { publicSnapshot } from '../rates';
import { type Rules, selectVersion, snapshotFor } from '../schedules';
import type { EnginePayload } from '../present';

/**
 * What a browser needs to price schedule `id` itself at instant `at` (epoch ms): the version in
 * force, its file's SHA-256 and the rate snapshot it is priced with. Null for an unknown schedule
 * or before its first version.
 *
 * @example
 * pricingAt(rules, 'wallet-standard', Date.parse('2026-06-01T00:00:00Z'))?.schedule.version // '2026-01-01'
 */
export function pricingAt(rules: Rules, id: string, at: number): EnginePayload | null {
	const chosen = selectVersion(rules.schedules.get(id) ?? [], at);
	if (!chosen) return null;
	const s = chosen.schedule;
	const snapshot = snapshotFor(rules, s, at);
	return {
		schedule: s,
		hash: chosen.hash,
		snapshot: snapshot && publicSnapshot(snapshot)
	};
}
