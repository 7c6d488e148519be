import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatIssue, parseEcbXml, parseSnapshot } from '../../lib/rates';
import { Exit, only, rulesDir, type Command } from '../common';
import { parseArgs, UsageError } from '../parseArgs';

export const ratesCommand: Command = {
	usage: 'feecalc rates import FILE [--rules DIR] [--force]',
	run(argv, context) {
		const args = parseArgs(argv, new Set(['force']));
		only(args, ['rules']);
		const [sub, file, ...rest] = args.positionals;
		if (sub !== 'import' || !file || rest.length)
			throw new UsageError('usage: feecalc rates import FILE [--rules DIR]');
		let xml: string;
		try {
			xml = readFileSync(resolve(context.cwd, file), 'utf8');
		} catch {
			throw new Exit(1, `${file}: cannot be read`);
		}
		const parsed = parseEcbXml(xml);
		if (!parsed.ok) throw new Exit(1, `${file}: ${parsed.error.message} (${parsed.error.code})`);
		const snap = parsed.snapshot;
		const text = `${JSON.stringify(snap, null, 1)}\n`;
		const folder = join(rulesDir(args, context), 'rates', snap.source);
		const target = join(folder, `${snap.asOf.slice(0, 10)}.json`);
		const check = parseSnapshot(text, target);
		if (!check.ok) throw new Exit(1, check.errors.map(formatIssue).join('\n'));
		if (existsSync(target) && !args.flags.has('force')) {
			if (readFileSync(target, 'utf8') === text)
				return `unchanged: ${target} already holds this snapshot`;
			throw new Exit(
				1,
				`${target}: exists with other rates; snapshots are immutable (use --force to replace)`
			);
		}
		mkdirSync(folder, { recursive: true });
		writeFileSync(target, text);
		return `wrote ${target}: ${Object.keys(snap.rates).length} rates against ${snap.base} as of ${snap.asOf}`;
	}
};
