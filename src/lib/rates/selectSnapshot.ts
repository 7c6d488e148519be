import type { RateSnapshot } from '../engine';
import { isInstant } from '../rulesfiles';
import { RULES_MESSAGES as messages } from './rulesMessages';

/** Epoch milliseconds of an instant; a string without an offset would depend on the machine. */
function toTime(at: string | number): number {
	if (typeof at === 'number' && Number.isFinite(at)) return at;
	if (typeof at === 'string' && isInstant(at)) return Date.parse(at);
	throw new RangeError(messages.invalidAt(at));
}

// Snapshots are immutable once loaded: each one's asOf is checked and parsed once, not per quote.
const asOfTimes = new WeakMap<RateSnapshot, number>();

function asOfTime(snapshot: RateSnapshot): number {
	let time = asOfTimes.get(snapshot);
	if (time === undefined) {
		if (!isInstant(snapshot.asOf)) throw new RangeError(messages.invalidAsOf(snapshot.asOf));
		asOfTimes.set(snapshot, (time = Date.parse(snapshot.asOf)));
	}
	return time;
}

/**
 * The snapshot in force at `at`: the one with the greatest `asOf <= at`, or null before the
 * first. `at` is an ISO 8601 instant with an offset, or epoch milliseconds. Instants are
 * compared as moments, so offsets may differ. Of two with the same moment, the earlier in
 * the array wins.
 *
 * @example
 * selectSnapshot(snapshots, '2026-03-16T09:00:00Z'); // the one from 2026-03-13T16:00:00+01:00
 */
export function selectSnapshot(
	snapshots: readonly RateSnapshot[],
	at: string | number
): RateSnapshot | null {
	const time = toTime(at);
	let best: RateSnapshot | null = null;
	let bestTime = -Infinity;
	for (const snapshot of snapshots) {
		const asOf = asOfTime(snapshot);
		if (asOf <= time && (best === null || asOf > bestTime)) {
			best = snapshot;
			bestTime = asOf;
		}
	}
	return best;
}
