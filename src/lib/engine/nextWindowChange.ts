import type { Window } from './types';
import { minuteInWindow, weekMinute } from './weekWindow';
import { minuteOfWeek } from './_lib/wallClock';

const MINUTE = 60_000;
const WEEK = 7 * 1440;
/** Daylight-saving shifts move a wall-clock time by at most this many minutes. */
const SHIFT = 180;

/**
 * The first whole minute after `epochMs` at which an instant's membership of a weekly window
 * differs from its membership at `epochMs`: where the wall clock next reaches `to` (when inside)
 * or `from` (when outside). Estimated as if the zone's offset never changed, then found exactly
 * by reading the clock around the estimate, so a change of offset on the way is taken into account.
 *
 * @example
 * nextWindowChange({ timeZone: 'America/New_York', from: 'fri 17:00', to: 'sun 18:00' }, Date.parse('2026-03-14T12:00:00Z'))
 * // Date.parse('2026-03-15T22:00:00Z')
 */
export function nextWindowChange(w: Window, epochMs: number): number {
	const start = Math.floor(epochMs / MINUTE);
	const inside = minuteInWindow(w, minuteOfWeek(w.timeZone, start * MINUTE));
	const now = minuteOfWeek(w.timeZone, start * MINUTE);
	const edge = weekMinute(inside ? w.to : w.from);
	const ahead = (edge - now + WEEK) % WEEK || WEEK;
	const holds = (m: number) => minuteInWindow(w, minuteOfWeek(w.timeZone, m * MINUTE)) === inside;
	let m = Math.max(start + 1, start + ahead - SHIFT);
	const last = start + ahead + SHIFT;
	while (m <= last && holds(m)) m++;
	return m * MINUTE;
}
