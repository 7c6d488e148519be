import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

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
