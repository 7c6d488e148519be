import { INSTANT } from './_lib/patterns';
import { isCalendarDate } from './isCalendarDate';

/** An ISO 8601 instant with an explicit offset (`Z` or `±hh:mm`), so it means one moment. */
export function isInstant(value: string): boolean {
	const match = INSTANT.exec(value);
	return match !== null && isCalendarDate(match[1]) && !Number.isNaN(Date.parse(value));
}
