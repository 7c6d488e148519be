import { COMMANDS } from './commands';
import { Exit } from './common';
import { UsageError } from './parseArgs';

const USAGE = `usage:\n${Object.values(COMMANDS)
	.map((c) => `  ${c.usage}`)
	.join('\n')}`;

function run(argv: string[]): string {
	const [name, ...rest] = argv;
	if (name === undefined || name === 'help' || name === '--help') return USAGE;
	const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
	if (!command) throw new UsageError(`unknown command ${name}`);
	return command.run(rest);
}

// Exit statuses: 0 done; 1 rules folder invalid or import failed; 2 malformed request or usage.
try {
	process.stdout.write(`${run(process.argv.slice(2))}\n`);
} catch (e) {
	if (e instanceof Exit) {
		process.stderr.write(`feecalc: ${e.message}\n`);
		process.exitCode = e.status;
	} else if (e instanceof UsageError) {
		process.stderr.write(`feecalc: ${e.message}\n${USAGE}\n`);
		process.exitCode = 2;
	} else {
		process.stderr.write(
			`feecalc: internal error: ${e instanceof Error ? e.message : String(e)}\n`
		);
		process.exitCode = 70;
	}
}
