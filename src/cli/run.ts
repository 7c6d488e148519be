import { COMMANDS } from './commands';
import { Exit, type CommandContext } from './common';
import { UsageError } from './parseArgs';

/** Where the command line writes: `process.stdout` and `process.stderr` fit. */
export interface Writer {
	write(text: string): unknown;
	/** True on a terminal: progress is shown on stderr only then. */
	isTTY?: boolean;
}

/** What `run` reads and writes instead of the process's own streams, environment and directory. */
export interface CliIo {
	stdout: Writer;
	stderr: Writer;
	/** Defaults to `process.env`; only `FEECALC_RULES` is read. */
	env?: Record<string, string | undefined>;
	/** The directory relative paths are resolved against; defaults to `process.cwd()`. */
	cwd?: string;
}

const USAGE = `usage:\n${Object.values(COMMANDS)
	.map((c) => `  ${c.usage}`)
	.join('\n')}`;

function dispatch(argv: string[], context: CommandContext): string | Promise<string> {
	const [name, ...rest] = argv;
	if (name === undefined || name === 'help' || name === '--help') return USAGE;
	const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
	if (!command) throw new UsageError(`unknown command ${name}`);
	return command.run(rest, context);
}

function contextOf(io: CliIo): CommandContext {
	const progress = io.stderr.isTTY ? (text: string) => void io.stderr.write(text) : undefined;
	return { env: io.env ?? process.env, cwd: io.cwd ?? process.cwd(), progress };
}

function report(e: unknown, io: CliIo): number {
	if (e instanceof Exit) {
		io.stderr.write(`feecalc: ${e.message}\n`);
		return e.status;
	}
	if (e instanceof UsageError) {
		io.stderr.write(`feecalc: ${e.message}\n${USAGE}\n`);
		return 2;
	}
	io.stderr.write(`feecalc: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
	return 70;
}

/**
 * Runs the feecalc command line on `argv` (without the program name) and returns its exit status:
 * 0 done; 1 rules folder invalid, import or download failed; 2 malformed request or usage;
 * 70 internal error. A command that goes to the network (`rates fetch`) needs `runAsync`.
 *
 * @example
 * const status = run(['check', '--rules', 'rules'], { stdout: process.stdout, stderr: process.stderr });
 */
export function run(argv: string[], io: CliIo): number {
	try {
		const out = dispatch(argv, contextOf(io));
		if (typeof out !== 'string') {
			out.catch(() => {});
			throw new Error(`${argv.slice(0, 2).join(' ')} goes to the network: use runAsync`);
		}
		io.stdout.write(`${out}\n`);
		return 0;
	} catch (e) {
		return report(e, io);
	}
}

/**
 * `run` for every command, network ones included; what `feecalc` itself uses.
 *
 * @example
 * process.exitCode = await runAsync(['rates', 'fetch'], { stdout: process.stdout, stderr: process.stderr });
 */
export async function runAsync(argv: string[], io: CliIo): Promise<number> {
	try {
		io.stdout.write(`${await dispatch(argv, contextOf(io))}\n`);
		return 0;
	} catch (e) {
		return report(e, io);
	}
}
