import { sveltekit } from '@sveltejs/kit/vite';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// SvelteKit reads svelte.config.js and src/ from the working directory, and some tests read files
// relative to it: work from the project root wherever vite or vitest is started
// (`vitest run --root DIR`), with a relative FEECALC_VECTORS still meaning what the caller meant.
const root = fileURLToPath(new URL('.', import.meta.url));
if (resolve(process.cwd()) !== resolve(root)) {
	if (process.env.FEECALC_VECTORS)
		process.env.FEECALC_VECTORS = resolve(process.env.FEECALC_VECTORS);
	process.chdir(root);
}

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: [
			'tests/unit/**/*.test.ts',
			'tests/property/**/*.test.ts',
			'tests/vectors/**/*.test.ts'
		],
		environment: 'node',
		testTimeout: 60_000,
		pool: 'forks'
	}
});
