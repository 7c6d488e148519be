import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { run, runAsync } from '../../src/cli/run';
import { PROJECT_ROOT } from './projectRoot';

/** What a run of the command line gave: its exit status and everything it wrote. */
export interface CliRun {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Where a run happens: the project root and no FEECALC_RULES unless told. */
export interface CliWhere {
	cwd?: string;
	env?: Record<string, string | undefined>;
}

/**
 * Runs the command line in this process, as `npm run feecalc` would from the project root with
 * FEECALC_RULES unset; never a stack trace.
 */
export function feecalc(args: string[], where: CliWhere = {}): CliRun {
	let stdout = '';
	let stderr = '';
	const status = run(args, {
		stdout: { write: (text: string) => (stdout += text) },
		stderr: { write: (text: string) => (stderr += text) },
		env: where.env ?? {},
		cwd: where.cwd ?? PROJECT_ROOT
	});
	expect(stdout + stderr).not.toContain('    at ');
	return { status, stdout, stderr };
}

/**
 * Runs the real binary, `npm run --silent feecalc -- ARGS` from the project root with FEECALC_RULES
 * unset, in its own process (slow: a second or two each).
 */
export function feecalcBinary(args: string[]): CliRun {
	const env = { ...process.env };
	delete env.FEECALC_RULES;
	const r = spawnSync('npm', ['run', '--silent', 'feecalc', '--', ...args], {
		cwd: PROJECT_ROOT,
		env,
		encoding: 'utf8',
		timeout: 60_000
	});
	if (r.error) throw r.error;
	expect(r.stdout + r.stderr).not.toContain('    at ');
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Where an asynchronous run happens; `tty` makes stderr a terminal, so progress is shown. */
export interface CliWhereAsync extends CliWhere {
	tty?: boolean;
}

/** `feecalc` for every command, the network ones (`rates fetch`) included. */
export async function feecalcAsync(args: string[], where: CliWhereAsync = {}): Promise<CliRun> {
	let stdout = '';
	let stderr = '';
	const status = await runAsync(args, {
		stdout: { write: (text: string) => (stdout += text) },
		stderr: { write: (text: string) => (stderr += text), isTTY: where.tty ?? false },
		env: where.env ?? {},
		cwd: where.cwd ?? PROJECT_ROOT
	});
	expect(stdout + stderr).not.toContain('    at ');
	return { status, stdout, stderr };
}
