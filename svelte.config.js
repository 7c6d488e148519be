import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// Kit's origin check on form posts runs before hooks, so a form-encoded POST to the JSON API
		// got a plain-text 403 instead of the API's 415 issues. hooks.server.ts applies the same
		// check (crossSiteFormRefusal) to everything but /api/, which is open to any origin anyway.
		// Kit's options cannot leave paths out: docs/decisions/031-own-origin-check.md.
		csrf: { trustedOrigins: ['*'] },
		// A policy on every page; SvelteKit adds a nonce for its own inline script. Styles may be
		// inline: the <fee-calculator> preview writes <style> elements into its shadow root.
		// hooks.server.ts lets other sites frame /embed (frame-ancestors *) and nothing else.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
