/** ISO 4217 alphabetic code. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

/** A rate source: the folder name under `rules/rates/`. */
export const SOURCE_NAME = /^[a-z0-9][a-z0-9._-]*$/;

/** A plain decimal string: digits, optionally a point and more digits; no sign, no exponent. */
export const DECIMAL = /^[0-9]+(\.[0-9]+)?$/;

/** `YYYY-MM-DD`; the calendar is checked by `isCalendarDate`. */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** ISO 8601 instant with seconds optional, at most millisecond precision, and `Z` or `±hh:mm`. */
export const INSTANT =
	/^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A published table's number: printable, no slash at either end, at most 40 characters, e.g. `019/B/NBP/2022`. */
export const TABLE = /^[A-Za-z0-9](?:[A-Za-z0-9 ./_-]{0,38}[A-Za-z0-9])?$/;
