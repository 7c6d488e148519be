import { resolve } from 'node:path';
import type { Rules } from '../lib/schedules';
import { loadRules, RulesError } from '../lib/server';
import { UsageError, type Args } from './parseArgs';

/** Ends the command with an exit status: 1 rules folder invalid or import failed, 2 malformed request. */
export class Exit extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

/** The environment and working directory a command runs in (the process's, or a test's). */
export interface CommandContext {
	env: Record<string, string | undefined>;
	cwd: string;
	/** Where progress goes on a terminal (carriage returns redraw one line); absent otherwise. */
	progress?: (text: string) => void;
}

/** A command: its usage lines and what it prints on success (a network command: once done). */
export interface Command {
	usage: string;
	run(argv: string[], context: CommandContext): string | Promise<string>;
}

/** The rules folder: --rules, else FEECALC_RULES, else rules/, relative to the working directory. */
export function rulesDir(args: Args, context: CommandContext): string {
	return resolve(
		context.cwd,
		args.options.get('rules')?.[0] ?? context.env.FEECALC_RULES ?? 'rules'
	);
}

/** Loads a rules folder, exiting 1 with every issue when it is invalid. */
export function load(args: Args, context: CommandContext): Rules {
	try {
		return loadRules(rulesDir(args, context), context.cwd);
	} catch (e) {
		if (e instanceof RulesError) throw new Exit(1, e.message);
		throw e;
	}
}

/** Rejects options a command does not take. */
export function only(args: Args, allowed: string[]): void {
	for (const k of args.options.keys())
		if (!allowed.includes(k)) throw new UsageError(`unknown option --${k}`);
}
