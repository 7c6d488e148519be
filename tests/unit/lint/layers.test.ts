import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd });

/** The `no-restricted-imports` messages for `code` as if it were the file `path`. */
async function restricted(path: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: `${cwd}/${path}` });
	return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layers', () => {
	it('refuses an import from a higher layer', async () => {
		const server = await restricted(
			'src/lib/server/wrong.ts',
			"import { Calculator } from '$lib/ui';\nexport const x = Calculator;\n"
		);
		expect(server.join()).toMatch(/server layer may not import/);
		const ui = await restricted(
			'src/lib/ui/wrong.ts',
			"import { loadRules } from '../server';\nexport const x = loadRules;\n"
		);
		expect(ui.join()).toMatch(/ui layer may not import/);
		const engine = await restricted(
			'src/lib/engine/wrong.ts',
			"import { quote } from '../quoting';\nexport const x = quote;\n"
		);
		expect(engine.join()).toMatch(/engine layer may not import/);
	}, 60_000);

	it('refuses a deep import into another layer', async () => {
		const found = await restricted(
			'src/routes/wrong/+page.server.ts',
			"import { roundTo } from '$lib/engine/roundTo';\nexport const x = roundTo;\n"
		);
		expect(found.join()).toMatch(/through its index\.ts/);
		const cli = await restricted(
			'src/cli/wrong.ts',
			"import { messages } from '../lib/rates/_lib/messages';\nexport const x = messages;\n"
		);
		expect(cli.join()).toMatch(/through its index\.ts/);
	}, 60_000);

	it('keeps words out of the engine and pages out of words', async () => {
		const engine = await restricted(
			'src/lib/engine/wrong.ts',
			"import { noticeMessage } from '../words';\nexport const x = noticeMessage;\n"
		);
		expect(engine.join()).toMatch(/engine layer may not import/);
		const words = await restricted(
			'src/lib/words/wrong.ts',
			"import { quote } from '../quoting';\nexport const x = quote;\n"
		);
		expect(words.join()).toMatch(/words layer may not import/);
	}, 60_000);

	it('holds the tests to the layers: their own layer’s files, any other through its index', async () => {
		const deep =
			"import { formatMoney } from '../../src/lib/words/formatMoney';\nexport const x = formatMoney;\n";
		expect((await restricted('tests/e2e/wrong.test.ts', deep)).join()).toMatch(
			/through its index\.ts/
		);
		expect((await restricted('tests/unit/engine/wrong.test.ts', deep)).join()).toMatch(
			/through its index\.ts/
		);
		expect(await restricted('tests/unit/words/right.test.ts', deep)).toEqual([]);
		expect(
			await restricted(
				'tests/unit/engine/right.test.ts',
				"import { readFileSync } from 'node:fs';\nimport { roundTo } from '$lib/engine/roundTo';\nexport const x = [readFileSync, roundTo];\n"
			)
		).toEqual([]);
	}, 60_000);

	it('keeps the pages in $lib/server, a layer of their own above server and ui', async () => {
		const server = await restricted(
			'src/lib/server/api/wrong.ts',
			"import { calculatorModel } from '../pages';\nexport const x = calculatorModel;\n"
		);
		expect(server.join()).toMatch(/server layer may not import/);
		const ui = await restricted(
			'src/lib/ui/wrong.ts',
			"import { calculatorModel } from '$lib/server/pages';\nexport const x = calculatorModel;\n"
		);
		expect(ui.join()).toMatch(/ui layer may not import/);
		const deep = await restricted(
			'src/lib/server/pages/wrong.ts',
			"import { nodeSha256 } from '../nodeSha256';\nexport const x = nodeSha256;\n"
		);
		expect(deep.join()).toMatch(/server layer through its index/);
	}, 60_000);

	it('keeps the engine free of zod and the file system', async () => {
		const found = await restricted(
			'src/lib/engine/wrong.ts',
			"import { z } from 'zod';\nimport { readFileSync } from 'node:fs';\nexport const x = [z, readFileSync];\n"
		);
		expect(found).toHaveLength(2);
	}, 60_000);

	it.each([
		"import { page } from '$app/state';",
		"import { env } from '$env/dynamic/private';",
		"import { mount } from 'svelte';",
		"import { tick } from 'svelte/internal/client';",
		"import { error } from '@sveltejs/kit';",
		"import { z } from 'zod/mini';",
		"import { createHash } from 'node:crypto';"
	])(
		'keeps the engine free of whole prefixes: %s',
		async (line) => {
			const found = await restricted('src/lib/engine/wrong.ts', `${line}\nexport const x = 1;\n`);
			expect(found.join()).toMatch(/The engine is pure/);
		},
		60_000
	);

	it('keeps the clock out of the engine', async () => {
		const [result] = await eslint.lintText(
			'export const a = Date.now();\nexport const b = new Date();\nexport const c = new Date(0);\n',
			{ filePath: `${cwd}/src/lib/engine/wrong.ts` }
		);
		const clock = result.messages.filter((m) => /no clock/.test(m.message));
		expect(clock.map((m) => m.line)).toEqual([1, 2]);
	}, 60_000);

	it('accepts imports down through an index and within a layer', async () => {
		expect(
			await restricted(
				'src/lib/server/pages/right.ts',
				"import { Dec } from '../../engine';\nimport { Calculator } from '../../ui';\nimport { loadRules } from '..';\nexport const x = [Dec, Calculator, loadRules];\n"
			)
		).toEqual([]);
		expect(
			await restricted(
				'src/lib/quoting/right.ts',
				"import { rankByCost } from './_lib/rankByCost';\nimport { selectVersion } from '../schedules';\nexport const x = [rankByCost, selectVersion];\n"
			)
		).toEqual([]);
	}, 60_000);
});
