import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Layers, lowest first: each may import the ones before it, through their index.ts, and none after.
// src/routes and src/cli sit on top and may import any layer, through its index.ts too.
const LAYERS = [
	'engine',
	'rulesfiles',
	'rates',
	'schedules',
	'words',
	'quoting',
	'present',
	'store',
	['server', 'ui'],
	'widget',
	'alerts',
	'pages'
];
const LAYER_NAMES = LAYERS.flat();
// Where a layer lives under src/lib: its name, but the store, alerts and pages in server/, where
// Kit keeps what only the server may load (a client import of it fails the build).
const DIRS = { store: 'server/store', alerts: 'server/alerts', pages: 'server/pages' };
const dirOf = (name) => DIRS[name] ?? name;
const NESTED = Object.keys(DIRS);
const PATTERNS = {
	server: `server(?!/(${NESTED.join('|')})(/|$))`,
	...Object.fromEntries(NESTED.map((n) => [n, `(server/)?${n}`]))
};
const importOf = (names) =>
	`^(\\$lib/|(\\.\\./)+(src/)?(lib/)?)(${names.map((n) => PATTERNS[n] ?? n).join('|')})`;

/**
 * Files of another layer that a layer may import by their own path: the components the widget
 * shares with the app (through the ui's index.ts they would bring every component into the
 * widget's build, and with them SvelteKit's $app modules, which it cannot resolve), and the
 * widget's Chinese texts, which its build loads as a file of their own (widget/locales/zh-CN.ts).
 */
const SHARED = {
	widget: '(components/(Notices|SupportLine|ModeChoice)\\.svelte|i18n/widgetZhCN)$'
};

/** `no-restricted-imports` for the files of one layer (or of the routes and the command line). */
function layerRule(files, own, above, pure = own === 'engine') {
	const others = LAYER_NAMES.filter((name) => name !== own);
	const shared = SHARED[own] ? `(?!${SHARED[own]})` : '';
	const patterns = [
		{
			regex: `${importOf(others)}/(?!.*\\.css$)${shared}.+`,
			message: "Import another layer through its index.ts ('$lib/<layer>'), not its files."
		}
	];
	if (NESTED.includes(own))
		patterns.push({
			regex: `^\\.\\./(?!(${NESTED.join('|')})(/|$))[^.]`,
			message: "Import the server layer through its index.ts ('..'), not its files."
		});
	if (above.length)
		patterns.push({
			regex: `${importOf(above)}(/|$)`,
			message: `The ${own} layer may not import ${above.join(', ')}: imports point down (see README, Layers).`
		});
	if (pure)
		patterns.push({
			// Whole prefixes: no framework, no platform, no schema library, no file system.
			regex: '^(\\$app|\\$env|\\$service-worker)(/|$)|^(svelte|@sveltejs/[^/]+|zod|fs)(/|$)|^node:',
			message: 'The engine is pure: no svelte or Kit ($app/*, $env/*), no zod, no fs or node:*.'
		});
	return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

const layerRules = LAYERS.map((layer, i) => {
	const names = [layer].flat();
	const above = LAYERS.slice(i + 1).flat();
	return names.map((name) => ({
		...layerRule([`src/lib/${dirOf(name)}/**/*.ts`, `src/lib/${dirOf(name)}/**/*.svelte`], name, [
			...above,
			...names.filter((n) => n !== name)
		]),
		ignores: Object.values(DIRS)
			.filter((d) => d.startsWith(`${dirOf(name)}/`))
			.map((d) => `src/lib/${d}/**`)
	}));
}).flat();

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'generated/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// The app has no base path and its links carry query strings (the request's fields):
			// resolve() would add nothing but noise.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/lib/engine/**/*.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.name='parseFloat']",
					message: 'No binary floating point near money.'
				},
				{
					selector: "CallExpression[callee.property.name='toNumber']",
					message: 'No binary floating point near money.'
				},
				{
					selector: "MemberExpression[object.name='Date'][property.name='now']",
					message: 'The engine has no clock: it receives the instant as an argument.'
				},
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'The engine has no clock: it receives the instant as an argument.'
				}
			]
		}
	},
	...layerRules,
	layerRule(
		['src/routes/**/*.ts', 'src/routes/**/*.svelte', 'src/cli/**/*.ts', 'src/*.ts'],
		'',
		[]
	),
	// Tests sit on top, as the routes do: a layer's unit tests may read its files, every other
	// test imports a layer through its index.ts.
	layerRule(['tests/**/*.ts', 'bench/**/*.ts'], '', []),
	...LAYER_NAMES.map((name) => layerRule([`tests/unit/${name}/**/*.ts`], name, [], false)),
	layerRule(['tests/unit/api/**/*.ts'], 'server', [], false),
	// The property tests hold the engine's own parts against their oracles.
	layerRule(['tests/property/**/*.ts'], 'engine', [], false)
);
