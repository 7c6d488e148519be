/** A rate source: the folder name under `rules/rates/`. */
export const SOURCE_NAME = /^[a-z0-9][a-z0-9._-]*$/;
