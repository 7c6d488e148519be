import { sveltekit } from '@sveltejs/kit/vite';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { PGLITE_TEMPLATE } from './scripts/pgliteTemplate.js';

// SvelteKit reads svelte.config.js and src/ from the working directory, and some tests read files
// relative to it: work from the project root wherever vite or vitest is started
// (`vitest run --root DIR`), with a relative FEECALC_VECTORS still meaning what the caller meant.
const root = fileURLToPath(new URL('.', import.meta.url));
if (resolve(process.cwd()) !== resolve(root)) {
	if (process.env.FEECALC_VECTORS)
		process.env.FEECALC_VECTORS = resolve(process.env.FEECALC_VECTORS);
	process.chdir(root);
}

const ALL = [
	'tests/unit/**/*.test.ts',
	'tests/property/**/*.test.ts',
	'tests/vectors/**/*.test.ts'
];
// Files that change what the whole process sees (the rules being served, environment variables,
// globals, mocked modules) get a fresh module graph each. The others share their worker's, which
// spares each file loading the layers again (about half of the unit suite's time).
const ISOLATED = [
	'tests/unit/server/hooks.test.ts',
	'tests/unit/server/refreshRates.test.ts',
	'tests/unit/server/reloadUnderLoad.test.ts',
	'tests/unit/server/rulesStore.test.ts',
	'tests/unit/api/fuzz.test.ts',
	'tests/unit/api/signing.test.ts',
	'tests/unit/widget/withId.test.ts'
];

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		environment: 'node',
		// The embedded databases the tests make start from one fresh cluster, not initdb each.
		env: { FEECALC_PGLITE_TEMPLATE: PGLITE_TEMPLATE },
		testTimeout: 60_000,
		pool: 'forks',
		// Vitest's default leaves a core free; the suite is what this machine is doing.
		maxWorkers: availableParallelism(),
		projects: [
			{ extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
			{ extends: true, test: { name: 'shared', include: ALL, exclude: ISOLATED, isolate: false } }
		]
	}
});
