import { parseArgs as tokenize } from 'node:util';

/** Command-line words split into positionals and `--name value` options (repeatable ones as arrays). */
export interface Args {
	positionals: string[];
	options: Map<string, string[]>;
	flags: Set<string>;
}

/** What a command takes: `--name value` options and `--name` flags. */
export interface ArgsSpec {
	options: Iterable<string>;
	flags?: Iterable<string>;
}

export class UsageError extends Error {}

/**
 * Splits argv with `node:util`'s `parseArgs`. `flags` take no value; each of `options` takes the
 * next word, even one starting with a dash (`--sent-this-period -5`), or `--name=value`.
 *
 * @example
 * parseArgs(['quote', '--send', '10', '--json'], { options: ['send'], flags: ['json'] }) // positionals ['quote'], options send=['10'], flags {json}
 */
export function parseArgs(argv: string[], spec: ArgsSpec): Args {
	const config: Record<string, { type: 'string' | 'boolean'; multiple?: true }> = {};
	for (const name of spec.options) config[name] = { type: 'string', multiple: true };
	for (const name of spec.flags ?? []) config[name] = { type: 'boolean' };
	// Not strict: node's own errors would name no option in our words, and would refuse "-5".
	const { tokens } = tokenize({
		args: argv,
		options: config,
		strict: false,
		allowPositionals: true,
		tokens: true
	});
	const args: Args = { positionals: [], options: new Map(), flags: new Set() };
	for (const token of tokens) {
		if (token.kind === 'positional') args.positionals.push(token.value);
		if (token.kind !== 'option') continue;
		const { name, rawName, value } = token;
		const type = Object.hasOwn(config, name) ? config[name].type : undefined;
		if (type === undefined || rawName !== `--${name}`)
			throw new UsageError(`unknown option ${rawName}`);
		if (type === 'boolean') {
			if (value !== undefined) throw new UsageError(`--${name} takes no value`);
			args.flags.add(name);
		} else if (value === undefined) throw new UsageError(`--${name} needs a value`);
		else args.options.set(name, [...(args.options.get(name) ?? []), value]);
	}
	return args;
}
