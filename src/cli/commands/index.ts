import type { Command } from '../common';
import { alertsCommand } from './alerts';
import { alternativesCommand } from './alternatives';
import { checkCommand } from './check';
import { compareCommand } from './compare';
import { decodeCommand } from './decode';
import { diffCommand } from './diff';
import { quoteCommand } from './quote';
import { ratesCommand } from './rates';

/** Every feecalc command by name; a new command adds one line here. */
export const COMMANDS: Record<string, Command> = {
	quote: quoteCommand,
	compare: compareCommand,
	alternatives: alternativesCommand,
	check: checkCommand,
	rates: ratesCommand,
	diff: diffCommand,
	decode: decodeCommand,
	alerts: alertsCommand
};
