/** Command-line words split into positionals and `--name value` options (repeatable ones as arrays). */
export interface Args {
	positionals: string[];
	options: Map<string, string[]>;
	flags: Set<string>;
}

export class UsageError extends Error {}

/**
 * Splits argv. `flags` take no value; every other `--name` takes the next word (or `--name=value`).
 *
 * @example
 * parseArgs(['quote', '--send', '10', '--json'], new Set(['json'])) // positionals ['quote'], options send=['10'], flags {json}
 */
export function parseArgs(argv: string[], flagNames: Set<string>): Args {
	const args: Args = { positionals: [], options: new Map(), flags: new Set() };
	for (let i = 0; i < argv.length; i++) {
		const word = argv[i];
		if (!word.startsWith('--')) {
			args.positionals.push(word);
			continue;
		}
		const eq = word.indexOf('=');
		const name = word.slice(2, eq < 0 ? undefined : eq);
		if (flagNames.has(name)) {
			if (eq >= 0) throw new UsageError(`--${name} takes no value`);
			args.flags.add(name);
			continue;
		}
		const value = eq >= 0 ? word.slice(eq + 1) : argv[++i];
		if (value === undefined) throw new UsageError(`--${name} needs a value`);
		args.options.set(name, [...(args.options.get(name) ?? []), value]);
	}
	return args;
}
