import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeQuote, type QuoteInput } from '$lib/engine';
import { noticeMessage, NOTICE_MESSAGES, widgetText } from '$lib/words';
import { parseRequest, resolveRequest } from '$lib/quoting';
import { getRules, minorUnitsIn, loadRules } from '$lib/server';
import { PROJECT_ROOT } from '../../_lib/projectRoot';
import { readCases, VECTOR_RULES } from '../../_lib/vectors';
import type { withId } from '$lib/widget/withId';
import type { learnMinorUnits } from '$lib/widget/_lib/exponents';
import type { learnNoticeMessages } from '$lib/widget/_lib/noticeMessages';

// The widget is built here, into a temporary folder, with its own config (widget.vite.config.ts):
// `npm test` runs the unit tests before `npm run build`.
const LIMIT = 30 * 1024;
const root = PROJECT_ROOT;
const out = mkdtempSync(join(tmpdir(), 'feecalc-widget-'));

/** The entry's chunk, then the files it loads beside itself. */
async function bundle(entry: string, dir: string): Promise<Rollup.OutputChunk[]> {
	// A production build, as `npm run build:widget` makes it (vitest sets NODE_ENV to "test").
	const env = process.env.NODE_ENV;
	process.env.NODE_ENV = 'production';
	const result = await build({
		configFile: resolve(root, 'widget.vite.config.ts'),
		root,
		mode: 'production',
		logLevel: 'silent',
		build: { outDir: dir, lib: { entry, fileName: () => 'bundle.js' } }
	}).finally(() => (process.env.NODE_ENV = env));
	const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
	const chunks = outputs.flatMap((o) => o.output).filter((c) => c.type === 'chunk');
	return chunks.sort((a, b) => Number(b.isEntry) - Number(a.isEntry));
}

const gzipped = (c: Rollup.OutputChunk) => gzipSync(c.code, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;

let widget: Rollup.OutputChunk;
let apart: Rollup.OutputChunk[];
let engine: {
	computeQuote: typeof computeQuote;
	withId: typeof withId;
	learnMinorUnits: typeof learnMinorUnits;
	learnNoticeMessages: typeof learnNoticeMessages;
};

beforeAll(async () => {
	[widget, ...apart] = await bundle(resolve(root, 'src/lib/widget/main.ts'), join(out, 'widget'));
	// The engine as the widget carries it, on src/lib/widget/_lib/Decimal.ts instead of decimal.js,
	// with its Chinese texts loaded as the element loads them, and its notice words from the answer.
	const driver = join(out, 'driver.ts');
	writeFileSync(
		driver,
		`export { computeQuote } from '${resolve(root, 'src/lib/engine/computeQuote.ts')}';\n` +
			`export { withId } from '${resolve(root, 'src/lib/widget/withId.ts')}';\n` +
			`export { learnMinorUnits } from '${resolve(root, 'src/lib/widget/_lib/exponents.ts')}';\n` +
			`export { learnNoticeMessages } from '${resolve(root, 'src/lib/widget/_lib/noticeMessages.ts')}';\n` +
			`import { loadLocale } from '${resolve(root, 'src/lib/widget/loadLocale.ts')}';\n` +
			`if (!(await loadLocale('zh-CN'))) throw new Error('zh-CN did not load');\n`
	);
	await bundle(driver, join(out, 'driver'));
	engine = await import(join(out, 'driver', 'bundle.js'));
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the widget’s JavaScript', () => {
	it('is at most 30 KB gzipped, with the engine inside', () => {
		const size = gzipped(widget);
		console.log(
			`fee-calculator.js: ${kb(widget.code.length)}, ${kb(size)} gzipped (limit 30 KB); ` +
				apart.map((c) => `${c.fileName}: ${kb(gzipped(c))} gzipped`).join('; ')
		);
		expect(size).toBeLessThanOrEqual(LIMIT);
	});

	it('leaves the Chinese texts and the engine’s SHA-256 to files of their own', () => {
		expect(apart.map((c) => c.fileName).sort()).toEqual([
			expect.stringMatching(/^fee-calculator-sha256Hex-[\w-]+\.js$/),
			expect.stringMatching(/^fee-calculator-zh-CN-[\w-]+\.js$/)
		]);
		expect([...widget.dynamicImports].sort()).toEqual(apart.map((c) => c.fileName).sort());
		// Nothing of the element in them, and no import of the script itself.
		for (const c of apart) expect(c.imports).toEqual([]);
		// The Chinese texts at most 2 KB; the fallback SHA-256 (@noble/hashes, loaded only where the
		// browser has none) 3 KB.
		for (const c of apart)
			expect(gzipped(c)).toBeLessThanOrEqual((c.fileName.includes('sha256Hex') ? 3 : 2) * 1024);
		expect(widget.moduleIds.filter((id) => /sha256Hex\.ts$/.test(id))).toEqual([]);
	});

	it('leaves no Chinese text in fee-calculator.js', () => {
		const zh = apart.find((c) => c.fileName.includes('zh-CN'))!;
		const words = Object.values(widgetText['zh-CN']!).filter(
			(t): t is string => typeof t === 'string'
		);
		expect(words.length).toBeGreaterThan(25);
		expect(words.filter((t) => widget.code.includes(t))).toEqual([]);
		expect(words.filter((t) => !zh.code.includes(t))).toEqual([]);
	});

	it('carries no notice words of the engine in any language: they come with the pricing answer', () => {
		const words = [
			...Object.values(NOTICE_MESSAGES.en),
			...Object.values(NOTICE_MESSAGES['zh-CN'])
		];
		expect(
			words.filter((t) => widget.code.includes(t) || apart.some((c) => c.code.includes(t)))
		).toEqual([]);
		const modules = widget.moduleIds.map((id) => id.replace(/\\/g, '/'));
		expect(
			modules.filter((m) => /words\/(noticeMessages|noticeMessagesZhCN)\.ts$/.test(m))
		).toEqual([]);
		expect(modules.some((m) => m.endsWith('src/lib/widget/_lib/noticeMessages.ts'))).toBe(true);
	});

	it('carries no ISO 4217 list: the minor units come with the pricing answer', () => {
		expect(widget.code).not.toMatch(/AED|ZWL/);
		const modules = widget.moduleIds.map((id) => id.replace(/\\/g, '/'));
		expect(modules.filter((m) => /engine\/_lib\/(exponents|currencyList)\.ts$/.test(m))).toEqual(
			[]
		);
		expect(modules.some((m) => m.endsWith('src/lib/widget/_lib/exponents.ts'))).toBe(true);
	});

	it('carries the engine on its own Decimal, and neither decimal.js, zod nor chart.js', () => {
		const modules = widget.moduleIds.map((id) => id.replace(/\\/g, '/'));
		expect(modules.some((m) => m.endsWith('src/lib/engine/computeQuote.ts'))).toBe(true);
		expect(modules.some((m) => m.endsWith('src/lib/widget/_lib/Decimal.ts'))).toBe(true);
		expect(modules.filter((m) => /\/node_modules\/(decimal\.js|zod|chart\.js)\//.test(m))).toEqual(
			[]
		);
		expect(widget.code).not.toMatch(/ZodError|\$ZodType/);
	});

	it('defines <fee-calculator> with its attributes', () => {
		expect(widget.code).toContain('fee-calculator');
		for (const attribute of ['target-currency', 'schedule', 'compact', 'theme'])
			expect(widget.code).toContain(attribute);
	});
});

describe('the engine inside the widget', () => {
	const inputs = (): { name: string; input: QuoteInput }[] => {
		const list: { name: string; input: QuoteInput }[] = [];
		const add = (
			rules: ReturnType<typeof getRules>,
			request: unknown,
			now: number,
			name: string
		) => {
			const parsed = parseRequest(request);
			if (!parsed.ok) return;
			const resolved = resolveRequest(rules, parsed.request, now);
			if (resolved.ok) list.push({ name, input: resolved.input });
		};
		const cases = readCases();
		const vectorRules = loadRules(VECTOR_RULES);
		for (const c of cases) add(vectorRules, c.request, Date.parse('2026-01-01T00:00:00Z'), c.name);
		const rules = getRules();
		const now = Date.parse('2026-06-01T10:00:00Z');
		for (const [id, versions] of rules.schedules) {
			const s = versions[0].schedule;
			for (const destination of Object.keys(s.destinations))
				for (const funding of Object.keys(s.funding))
					for (const mode of ['send', 'pay', 'receive'])
						for (const amount of ['0.01', '73.3', '250.00', '4999.99', '123456.78'])
							for (const currency of s.currencies.slice(0, 3))
								add(
									rules,
									{
										schedule: id,
										type: Object.keys(s.types)[0],
										funding,
										destination,
										currency,
										mode,
										amount
									},
									now,
									`${id} ${funding} ${destination} ${currency} ${mode} ${amount}`
								);
		}
		return list;
	};

	it('gives the same quotes, byte for byte, as the engine on decimal.js', async () => {
		const all = inputs();
		expect(all.length).toBeGreaterThan(1000);
		const differ: string[] = [];
		engine.learnNoticeMessages(NOTICE_MESSAGES);
		let learnt: unknown[] = [];
		// The browser's SHA-256 answers asynchronously: a few hundred digests are awaited at once.
		let pending: Promise<void>[] = [];
		for (const { name, input } of all) {
			// The minor units as the pricing API sends them with this schedule and snapshot.
			if (learnt[0] !== input.schedule || learnt[1] !== input.snapshot) {
				engine.learnMinorUnits(minorUnitsIn([input.schedule, input.snapshot]));
				learnt = [input.schedule, input.snapshot];
			}
			// As the element prices: no id at first, then the browser's SHA-256 (withId).
			const bare = engine.computeQuote(input, { words: noticeMessage, sha256: () => '' });
			const theirs = JSON.stringify(computeQuote(input, { words: noticeMessage }));
			pending.push(
				engine.withId(bare).then((mine) => {
					if (JSON.stringify(mine) !== theirs) differ.push(name);
				})
			);
			if (pending.length === 256) pending = (await Promise.all(pending), []);
		}
		await Promise.all(pending);
		expect(differ.sort()).toEqual([]);
	});
});
