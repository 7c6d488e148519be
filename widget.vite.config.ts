// The <fee-calculator> custom element, built on its own before the app: `npm run build:widget`
// writes generated/widget/fee-calculator.js, which the app embeds and serves, with CORS, at
// /widget/fee-calculator.js (src/routes/widget/fee-calculator.js/+server.ts).
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { defineConfig, type Plugin } from 'vite';

/**
 * What fee-calculator.js leaves out, by the module that imports it: the Chinese texts (the
 * dictionaries get `undefined`; src/lib/widget/loadLocale.ts fills them in from
 * `fee-calculator-zh-CN-<hash>.js` on pages that ask for Chinese), and the engine's SHA-256 (the
 * element hashes quotes with the browser's, src/lib/widget/withId.ts, which loads the engine's as
 * `fee-calculator-sha256Hex-<hash>.js` only where the browser has none), and with it the engine's
 * hand-written JSON of a quote (quoteText, for the server's speed): JSON.stringify writes the same.
 * The engine's other shortcuts for the server's speed are left out too, for what they stand for:
 * quotient's scaled division (dividedBy), percentText (times 100, rounded half-up), roundWords
 * (decimal.js's words, which the widget's Decimal does not have: toDecimalPlaces) and the receive
 * solver's firstAtGuess (never sure, so the search runs).
 */
const APART: { importer: RegExp; source: RegExp; stub: string }[] = [
	{
		// Every English dictionary's Chinese (widget.ts's, and calculator.ts's, which the words'
		// index names); not what a Chinese file imports (widgetZhCN's breakdown words), which is the
		// Chinese chunk's own.
		importer: /[\\/]src[\\/]lib[\\/]words[\\/]i18n[\\/](?![^\\/]*ZhCN\.ts$)[^\\/]+\.ts$/,
		source: /ZhCN$/,
		stub: 'export default undefined;\n'
	},
	{
		importer: /[\\/]src[\\/]lib[\\/]engine[\\/]computeQuote\.ts$/,
		source: /^\.\/sha256Hex$/,
		stub: "export function sha256Hex() { throw new Error('The widget hashes quotes with withId'); }\n"
	},
	{
		importer: /[\\/]src[\\/]lib[\\/]engine[\\/]computeQuote\.ts$/,
		source: /^\.\/quoteText$/,
		stub: 'export function quoteText({ id, ...body }) { return JSON.stringify(body); }\n'
	},
	{
		importer: /[\\/]src[\\/]lib[\\/]engine[\\/]costOf\.ts$/,
		source: /^\.\/_lib\/quotient$/,
		stub: 'export function quotient(x, y) { return x.dividedBy(y); }\n'
	},
	{
		importer: /[\\/]src[\\/]lib[\\/]engine[\\/]costOf\.ts$/,
		source: /^\.\/_lib\/percentText$/,
		stub: 'export function percentText(x) { return x.times(100).toDecimalPlaces(2, 4).toFixed(2); }\n'
	},
	{
		importer: /[\\/]src[\\/]lib[\\/]engine[\\/]decimal\.ts$/,
		source: /^\.\/_lib\/roundWords$/,
		stub: 'export function roundWords(x, places, rm) { return x.decimalPlaces() <= places ? x : x.toDecimalPlaces(places, rm); }\n'
	},
	{
		importer: /[\\/]src[\\/]lib[\\/]engine[\\/]solveReceive\.ts$/,
		source: /^\.\/_lib\/firstAtGuess$/,
		stub: 'export const GUESS_FIRST = false;\nexport function firstAtGuess() { return null; }\n'
	}
];

/**
 * The engine's exponent table from the pricing answer (src/lib/widget/_lib/exponents.ts, which the
 * element fills in) instead of dinero.js's ISO 4217 list.
 */
const minorUnitsOfTheAnswer: Plugin = {
	name: 'feecalc:minor-units',
	enforce: 'pre',
	resolveId(source, importer) {
		return source === './_lib/exponents' &&
			importer &&
			/[\\/]src[\\/]lib[\\/]engine[\\/]minorUnits\.ts$/.test(importer)
			? fileURLToPath(new URL('./src/lib/widget/_lib/exponents.ts', import.meta.url))
			: null;
	}
};

/**
 * The words of the engine's notices from the pricing answer (src/lib/widget/_lib/noticeMessages.ts,
 * which the element fills in) instead of both languages' dictionaries (src/lib/words).
 */
const noticeWordsOfTheAnswer: Plugin = {
	name: 'feecalc:notice-words',
	enforce: 'pre',
	resolveId(source, importer) {
		return source === './noticeMessages' &&
			importer &&
			/[\\/]src[\\/]lib[\\/]words[\\/][^\\/]+\.ts$/.test(importer)
			? fileURLToPath(new URL('./src/lib/widget/_lib/noticeMessages.ts', import.meta.url))
			: null;
	}
};

/**
 * Terser, three passes, over each chunk once it is written: about 450 bytes less gzipped than the
 * minifier alone, which is what keeps the 30 KB limit with room for the parts the widget shares
 * with the app (Vite's own `minify: 'terser'` leaves a library build's whitespace). `keep_fargs:
 * false` drops parameters a function never reads (30 bytes): neither the widget's code nor
 * Svelte's runtime reads a function's `length`. `unsafe` (165 bytes) assumes the built-ins are
 * the standard ones; what it changes here is template literals of one value written as `"" + x`
 * (ToPrimitive: valueOf before toString, which differ only for objects whose two differ: the
 * widget's Decimal's are the same, and nothing else rendered is an object), a constant array's
 * length read as a number, and an unused `"…".split(".")` dropped.
 */
const terser: Plugin = {
	name: 'feecalc:terser',
	apply: 'build',
	async generateBundle(_, bundle) {
		// Source maps (WIDGET_MAP=1) are of the minifier's output: weigh the modules before terser.
		if (process.env.WIDGET_MAP === '1') return;
		for (const chunk of Object.values(bundle)) {
			if (chunk.type !== 'chunk') continue;
			const out = await minify(chunk.code, {
				module: true,
				compress: { passes: 3, keep_fargs: false, unsafe: true },
				format: { comments: false }
			});
			chunk.code = out.code ?? chunk.code;
		}
	}
};

/**
 * Svelte's hydration, which the element never does (it mounts, FeeCalculatorElement.svelte.ts):
 * its `hydrating` flag a constant, so that the bundler drops every branch it guards. The flag is
 * only ever set from within such a branch, or by `hydrate`, which the widget does not import.
 */
const noHydration: Plugin = {
	name: 'feecalc:no-hydration',
	transform(code, id) {
		if (!/[\\/]svelte[\\/]src[\\/]internal[\\/]client[\\/]dom[\\/]hydration\.js$/.test(id))
			return null;
		const out = code
			.replace('export let hydrating = false;', 'export const hydrating = false;')
			.replace(/(export function set_hydrating\(value\) \{)\s*hydrating = value;/, '$1');
		if (out.includes('hydrating = value') || !out.includes('export const hydrating = false;'))
			throw new Error('feecalc:no-hydration: svelte’s hydration.js has changed');
		return out;
	}
};

const leftOut: Plugin = {
	name: 'feecalc:left-out',
	enforce: 'pre',
	resolveId(source, importer) {
		const i = APART.findIndex(
			(a) => importer && a.importer.test(importer) && a.source.test(source)
		);
		return i < 0 ? null : `\0feecalc:left-out:${i}`;
	},
	load(id) {
		const m = /^\0feecalc:left-out:(\d+)$/.exec(id);
		return m ? APART[Number(m[1])].stub : null;
	}
};

export default defineConfig({
	plugins: [
		leftOut,
		minorUnitsOfTheAnswer,
		noticeWordsOfTheAnswer,
		terser,
		noHydration,
		svelte({
			configFile: false,
			preprocess: vitePreprocess(),
			// Styles go into the element's shadow root (FeeCalculatorElement.svelte.ts mounts there).
			compilerOptions: { css: 'injected', discloseVersion: false }
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
		// The stylesheet as written (src/lib/widget/widget.css): light-dark() without a polyfill.
		cssTarget: ['chrome123', 'firefox120', 'safari17.5'],
		// WIDGET_MAP=1 npm run build:widget writes source maps, to see what each module weighs.
		sourcemap: process.env.WIDGET_MAP === '1',
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
					{
						test: /[\\/]src[\\/]lib[\\/](engine|rulesfiles|rates|schedules|quoting)[\\/]/,
						sideEffects: false
					}
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
