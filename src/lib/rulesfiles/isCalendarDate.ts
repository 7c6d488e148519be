import { DATE } from './_lib/patterns';

/** `YYYY-MM-DD` naming a day that exists (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
	if (!DATE.test(value)) return false;
	// Date.parse rolls 02-30 over to 03-02; a day that exists reads back unchanged.
	const time = Date.parse(`${value}T00:00:00Z`);
	return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
