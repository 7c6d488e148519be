// `npm test`: every test, in two lanes side by side, since the browser tests spend most of their
// time waiting and the machines have two cores:
//
//   browser lane:  build (once)  →  playwright test
//   other lane:    prettier → eslint  →  svelte-check → rules check → vitest run
//
// The other lane's checks that read `.svelte-kit/` (svelte-check, vitest) start only after the
// build, which writes it. Each step's output is printed whole when it ends, under one line saying
// how long it took; the run ends with the steps' times and one line of test counts, and exits
// non-zero when any step failed (both lanes always run to the end, so every failure is shown).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `node_modules/.bin/${name}`;

const BUILD = { name: 'build', cmd: 'npm', args: ['run', '--silent', 'build'] };
const E2E = { name: 'browser tests', cmd: bin('playwright'), args: ['test'], counts: 'playwright' };
const LINT = [
	{ name: 'prettier', cmd: bin('prettier'), args: ['--check', '.', '--log-level', 'warn'] },
	{ name: 'eslint', cmd: bin('eslint'), args: ['.'] }
];
const AFTER_BUILD = [
	{ name: 'svelte-check', cmd: 'npm', args: ['run', '--silent', 'check'] },
	{ name: 'rules check', cmd: 'npm', args: ['run', '--silent', 'rules:check'] },
	{ name: 'unit tests', cmd: bin('vitest'), args: ['run'], counts: 'vitest' }
];

const results = [];
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs one step with its output captured, then prints it whole; resolves to whether it passed. */
function step({ name, cmd, args, counts }) {
	const t0 = Date.now();
	return new Promise((resolvePassed) => {
		let out = '';
		const child = spawn(cmd, args, {
			cwd: ROOT,
			env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		const end = (code, error) => {
			const ms = Date.now() - t0;
			const ok = code === 0;
			results.push({ name, ok, ms, counts: counts && countsOf(counts, out) });
			process.stdout.write(
				`\n== ${name}: ${ok ? 'passed' : `FAILED${error ? ` (${error})` : ''}`} in ${seconds(ms)}\n` +
					(out.trim() ? `${out.trimEnd()}\n` : '')
			);
			resolvePassed(ok);
		};
		child.on('error', (e) => end(1, e.message));
		child.on('close', (code, signal) => end(code ?? 1, signal ?? undefined));
	});
}

/** Runs steps one after the other, stopping at the first that fails. */
async function lane(steps) {
	for (const s of steps) if (!(await step(s))) return false;
	return true;
}

/** The passed, failed and skipped tests a runner's closing lines report. */
function countsOf(runner, text) {
	// eslint-disable-next-line no-control-regex
	const out = text.replace(/\x1b\[[0-9;]*m/g, '');
	const n = (re) => Number(re.exec(out)?.[1] ?? 0);
	if (runner === 'vitest') {
		const line = /^\s*Tests\s+(.*)$/m.exec(out)?.[1] ?? '';
		const of = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
		return { passed: of('passed'), failed: of('failed'), skipped: of('skipped') + of('todo') };
	}
	return {
		passed: n(/^\s*(\d+) passed/m),
		failed: n(/^\s*(\d+) failed/m) + n(/^\s*(\d+) flaky/m),
		skipped: n(/^\s*(\d+) skipped/m)
	};
}

console.log('npm test: the browser lane (build, browser tests) beside the others');
const built = step(BUILD);
const [browserOk, otherOk] = await Promise.all([
	built.then((ok) => ok && step(E2E)),
	lane(LINT).then(async (ok) => (await built) && (await lane(AFTER_BUILD)) && ok)
]);

console.log(`\n== steps (${seconds(Date.now() - started)} in all)`);
for (const r of results)
	console.log(`${r.ok ? 'ok    ' : 'FAILED'} ${r.name.padEnd(14)} ${seconds(r.ms)}`);
const total = { passed: 0, failed: 0, skipped: 0 };
for (const r of results) if (r.counts) for (const k of Object.keys(total)) total[k] += r.counts[k];
const failedSteps = results.filter((r) => !r.ok).length;
if (failedSteps && total.failed === 0) total.failed = failedSteps;
console.log(
	`tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`
);
process.exit(browserOk && otherOk ? 0 : 1);
