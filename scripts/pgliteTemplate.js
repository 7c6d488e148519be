// Where the test runs keep a fresh PGlite cluster to start their databases from
// (FEECALC_PGLITE_TEMPLATE, read by src/lib/server/store/openStore.ts): PGlite's initdb takes a
// second or two, and the suites make dozens of databases. Named by PGlite's version, so that an
// upgrade makes its own; under node_modules/.cache, which `npm ci` clears.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(
	readFileSync(`${root}node_modules/@electric-sql/pglite/package.json`, 'utf8')
);

export const PGLITE_TEMPLATE = `${root}node_modules/.cache/feecalc/pglite-${version}-cluster.tar`;
