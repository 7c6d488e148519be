import { formatIssue } from '../../lib/rulesfiles';
import { load, type Command } from '../common';
import { parseArgs } from '../parseArgs';

export const checkCommand: Command = {
	usage: 'feecalc check [--rules DIR]',
	run(argv, context) {
		const args = parseArgs(argv, { options: ['rules'] });
		const rules = load(args, context);
		const versions = [...rules.schedules.values()].reduce((n, v) => n + v.length, 0);
		const snapshots = [...rules.rates.values()].reduce((n, v) => n + v.length, 0);
		const lines = rules.lint.map((f) => `lint: ${formatIssue(f)} (${f.code})`);
		lines.push(
			`ok: ${rules.schedules.size} schedules (${versions} versions), ${snapshots} rate snapshots, ${rules.lint.length} lint findings`
		);
		return lines.join('\n');
	}
};
