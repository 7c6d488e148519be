// The <fee-calculator> custom element, built on its own before the app: `npm run build:widget`
// writes generated/widget/fee-calculator.js, which the app embeds and serves, with CORS, at
// /widget/fee-calculator.js (src/routes/widget/fee-calculator.js/+server.ts).
// Only this build compiles a Svelte component as a custom element.
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import * as dineroCurrencies from 'dinero.js/currencies';
import { currencyListModule } from './scripts/widget/currencyList';

/** dinero.js's currencies as one packed list (see currencyList). */
const currenciesForTheWidget: Plugin = {
	name: 'feecalc:currency-list',
	transform(_code, id) {
		return /[\\/]src[\\/]lib[\\/]engine[\\/]_lib[\\/]currencyList\.ts$/.test(id)
			? currencyListModule(Object.values(dineroCurrencies))
			: null;
	}
};

/** Where the dictionaries import their Chinese texts, which fee-calculator.js leaves out. */
const DICTIONARIES = /[\\/]src[\\/]lib[\\/](engine[\\/]messages|widget[\\/]widgetText)\.ts$/;
const LEFT_OUT = '\0feecalc:left-out-texts';

/**
 * The Chinese texts in a file of their own (`fee-calculator-zh-CN-<hash>.js`, beside the script):
 * the dictionaries get `undefined` for them, and src/lib/widget/loadLocale.ts fills them in from
 * that file on pages that ask for Chinese.
 */
const textsApart: Plugin = {
	name: 'feecalc:texts-apart',
	enforce: 'pre',
	async resolveId(source, importer, options) {
		if (!importer || !DICTIONARIES.test(importer) || !/ZhCN$/.test(source)) return null;
		const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
		return resolved && /ZhCN\.ts$/.test(resolved.id) ? LEFT_OUT : null;
	},
	load: (id) => (id === LEFT_OUT ? 'export default undefined;\n' : null)
};

export default defineConfig({
	plugins: [
		textsApart,
		currenciesForTheWidget,
		svelte({
			configFile: false,
			preprocess: vitePreprocess(),
			// Styles go into the element's shadow root, with the element's own.
			compilerOptions: { css: 'injected', discloseVersion: false },
			// Only the element itself is a custom element; the components inside stay plain ones.
			dynamicCompileOptions: ({ filename }) =>
				filename.endsWith('/FeeCalculator.svelte') ? { customElement: true } : undefined
		})
	],
	resolve: {
		alias: {
			$lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
			// decimal.js's API as the app uses it, on BigInt: under half its size (see the file).
			'decimal.js': fileURLToPath(new URL('./src/lib/widget/_lib/Decimal.ts', import.meta.url))
		}
	},
	publicDir: false,
	build: {
		outDir: 'generated/widget',
		emptyOutDir: true,
		target: 'es2022',
		sourcemap: false,
		minify: true,
		rolldownOptions: {
			// Library builds keep whitespace and annotations for other bundlers; this file is served as is.
			output: {
				minify: true,
				comments: false,
				// Named by content: src/lib/server/widgetScript.ts lets browsers keep them for good.
				chunkFileNames: 'fee-calculator-[name]-[hash].js'
			},
			// The rules layers build their zod schemas at module level and have no other side
			// effects: the widget uses a few of their pure functions, and none of the schemas. The
			// engine has none at all; saying so keeps it out of the language files' graph, so that
			// they import nothing (their own chunk holds nothing but texts).
			treeshake: {
				moduleSideEffects: [
					{ test: /[\\/]src[\\/]lib[\\/](engine|rates|schedules|quoting)[\\/]/, sideEffects: false }
				]
			}
		},
		lib: {
			entry: fileURLToPath(new URL('./src/lib/widget/main.ts', import.meta.url)),
			formats: ['es'],
			fileName: () => 'fee-calculator.js'
		}
	}
});
