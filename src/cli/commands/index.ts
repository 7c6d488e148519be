import type { Command } from '../common';
import { checkCommand } from './check';
import { quoteCommand } from './quote';
import { ratesCommand } from './rates';

/** Every feecalc command by name; a new command adds one line here. */
export const COMMANDS: Record<string, Command> = {
	quote: quoteCommand,
	check: checkCommand,
	rates: ratesCommand
};
