import type { Window } from './types';
import { minuteOfWeek } from './_lib/wallClock';

/** `"fri 17:00"`: a day of the week and a 24-hour time. */
export const WEEK_TIME = /^(mon|tue|wed|thu|fri|sat|sun) ([01][0-9]|2[0-3]):([0-5][0-9])$/;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
// At most 7 × 1440 distinct texts.
const parsed = new Map<string, number>();

/**
 * A `"<day> HH:MM"` time as the minute of the week (Monday 00:00 = 0); -1 when malformed.
 *
 * @example
 * weekMinute('fri 17:00') // 6780
 */
export function weekMinute(text: string): number {
	// Clock parts are small whole numbers (days, hours, minutes), never money.
	let v = parsed.get(text);
	if (v === undefined) {
		const m = WEEK_TIME.exec(text);
		v = m ? DAYS.indexOf(m[1]) * 1440 + parseInt(m[2], 10) * 60 + parseInt(m[3], 10) : -1;
		parsed.set(text, v);
	}
	return v;
}

/** Whether a wall-clock minute of the week lies in [from, to), wrapping past Sunday midnight. */
export function minuteInWindow(w: Window, minute: number): boolean {
	const from = weekMinute(w.from);
	const to = weekMinute(w.to);
	return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/**
 * Whether an instant (epoch ms), read as wall-clock time in the window's zone, lies in the window.
 *
 * @example
 * inWindow({ timeZone: 'America/New_York', from: 'fri 17:00', to: 'sun 18:00' }, Date.parse('2026-03-14T12:00:00Z')) // true
 */
export function inWindow(w: Window, epochMs: number): boolean {
	return minuteInWindow(w, minuteOfWeek(w.timeZone, epochMs));
}
