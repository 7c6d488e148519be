/** Keys of types, funding sources, payouts and profiles. */
export const KEY = /^[a-z][a-z0-9_]*$/;
/** Schedule ids, versions, and component, limit and notice ids. */
export const ID = /^[a-z0-9][a-z0-9._-]*$/;
/** A rate snapshot's file name: free, but `.json`, not a dotfile, no separator or control character. */
export const SNAPSHOT_FILE = /^[^./\\\p{Cc}][^/\\\p{Cc}]*\.json$/u;
export const CURRENCY = /^[A-Z]{3}$/;
export const COUNTRY = /^[A-Z]{2}$/;
export const REGION_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
export const COUNTRY_OR_REGION = /^([A-Z]{2}|@[A-Za-z][A-Za-z0-9_]*)$/;
/** A non-negative decimal string. */
export const DECIMAL = /^[0-9]+(\.[0-9]+)?$/;
