import { COMMANDS } from './commands';
import { Exit, type CommandContext } from './common';
import { UsageError } from './parseArgs';

/** Where the command line writes: `process.stdout` and `process.stderr` fit. */
export interface Writer {
	write(text: string): unknown;
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

function dispatch(argv: string[], context: CommandContext): string {
	const [name, ...rest] = argv;
	if (name === undefined || name === 'help' || name === '--help') return USAGE;
	const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
	if (!command) throw new UsageError(`unknown command ${name}`);
	return command.run(rest, context);
}

/**
 * Runs the feecalc command line on `argv` (without the program name) and returns its exit status:
 * 0 done; 1 rules folder invalid or import failed; 2 malformed request or usage; 70 internal error.
 *
 * @example
 * const status = run(['check', '--rules', 'rules'], { stdout: process.stdout, stderr: process.stderr });
 */
export function run(argv: string[], io: CliIo): number {
	const context = { env: io.env ?? process.env, cwd: io.cwd ?? process.cwd() };
	try {
		io.stdout.write(`${dispatch(argv, context)}\n`);
		return 0;
	} catch (e) {
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
}
