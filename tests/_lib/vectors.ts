import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from './projectRoot';

/**
 * The shared test vectors (`cases.json`, `rules/`, `usage/`): FEECALC_VECTORS when set (relative to
 * the working directory), else `../shared/spec/vectors` beside the project root, whatever the cwd.
 */
export const VECTORS = resolve(
	process.env.FEECALC_VECTORS || join(PROJECT_ROOT, '../shared/spec/vectors')
);

if (!existsSync(join(VECTORS, 'cases.json')))
	throw new Error(
		`No test vectors at ${VECTORS}: set FEECALC_VECTORS or put shared/ beside the checkout`
	);

/** The vectors' rules folder. */
export const VECTOR_RULES = join(VECTORS, 'rules');

/** The usage vectors: `<vectors>/usage` (its own `cases.json` and `rules/`). */
export const USAGE_VECTORS = join(VECTORS, 'usage');

/** The shared data beside the spec (`shared/data`), found from the vectors (`shared/spec/vectors`). */
export const SHARED_DATA = resolve(VECTORS, '../../data');

/** The ECB daily feed the vectors' rate snapshot was imported from. */
export const ECB_FEED = join(SHARED_DATA, 'ecb/eurofxref-daily-2026-03-13.xml');

/** The cases of `<vectors>/cases.json`, or of another vectors folder such as USAGE_VECTORS. */
export function readCases<T = { name: string; request: Record<string, string> }>(
	folder = VECTORS
): T[] {
	return JSON.parse(readFileSync(join(folder, 'cases.json'), 'utf8'));
}
