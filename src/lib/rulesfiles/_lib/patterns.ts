/** `YYYY-MM-DD`; the calendar is checked by `isCalendarDate`. */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** ISO 8601 instant with seconds optional, at most millisecond precision, and `Z` or `±hh:mm`. */
export const INSTANT =
	/^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
