/** ISO 4217 alphabetic code. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

export { SOURCE_NAME } from '../sourceName';

/** A plain decimal string: digits, optionally a point and more digits; no sign, no exponent. */
export const DECIMAL = /^[0-9]+(\.[0-9]+)?$/;

/** A published table's number: printable, no slash at either end, at most 40 characters, e.g. `019/B/NBP/2022`. */
export const TABLE = /^[A-Za-z0-9](?:[A-Za-z0-9 ./_-]{0,38}[A-Za-z0-9])?$/;
