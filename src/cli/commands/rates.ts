import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RateSnapshot } from '../../lib/engine';
import { parseRatesFeed, SOURCE_NAME } from '../../lib/rates';
import { describeWrites, FeedError, fetchSnapshots, writeSnapshots } from '../../lib/server';
import { Exit, only, rulesDir, type CommandContext, type Command } from '../common';
import { parseArgs, UsageError, type Args } from '../parseArgs';

const USAGE =
	'feecalc rates import FILE... [--rules DIR] [--force]\n' +
	'  feecalc rates fetch [--source ecb|nbp|NAME] [--url URL] [--history 90d|all] [--timeout SECONDS] [--rules DIR] [--force]';

const FETCH_OPTIONS = ['rules', 'source', 'url', 'history', 'timeout'];

/** A write, its FeedError turned into exit status 1. */
function feedStep<T>(step: () => T): T {
	try {
		return step();
	} catch (e) {
		if (e instanceof FeedError) throw new Exit(1, e.message);
		throw e;
	}
}

/** Snapshots written all or nothing, with the progress of each file written. */
function write(
	snapshots: RateSnapshot[],
	args: Args,
	context: CommandContext,
	onWrite?: (done: number, total: number) => void
): string {
	return feedStep(() =>
		describeWrites(
			writeSnapshots(
				[...snapshots].sort((a, b) => Date.parse(a.asOf) - Date.parse(b.asOf)),
				rulesDir(args, context),
				{ force: args.flags.has('force'), onWrite }
			)
		)
	);
}

/** The ECB's XML, the National Bank of Poland's JSON tables or the project's own snapshots, from every file, written all or nothing. */
function importFiles(args: Args, context: CommandContext): string {
	const [, ...files] = args.positionals;
	if (files.length === 0) throw new UsageError(`usage: ${USAGE}`);
	const snapshots: RateSnapshot[] = [];
	for (const file of files) {
		let text: string;
		try {
			text = readFileSync(resolve(context.cwd, file), 'utf8');
		} catch {
			throw new Exit(1, `${file}: cannot be read`);
		}
		const parsed = parseRatesFeed(text, file);
		if (!parsed.ok) throw new Exit(1, `${file}: ${parsed.error.message} (${parsed.error.code})`);
		snapshots.push(...parsed.snapshots);
	}
	return write(snapshots, args, context);
}

function timeoutOf(args: Args): number {
	const given = args.options.get('timeout')?.at(-1) ?? '30';
	if (!/^[0-9]{1,4}(\.[0-9]{1,3})?$/.test(given) || /^[0.]+$/.test(given))
		throw new UsageError('--timeout must be a number of seconds greater than zero, such as 30');
	const [whole, part = ''] = given.split('.');
	return parseInt(whole, 10) * 1000 + parseInt(part.padEnd(3, '0'), 10);
}

/** What `--history` may ask of each source, checked before anything is downloaded. */
function checkHistory(source: string, history: string | undefined, url: string | undefined): void {
	if (source === 'ecb' && history !== undefined && history !== '90d' && history !== 'all')
		throw new UsageError('--history must be 90d or all');
	if (
		source === 'nbp' &&
		history !== undefined &&
		!/^([1-9][0-9]?|[12][0-9]{2}|3[0-5][0-9]|36[0-6])d$/.test(history)
	)
		throw new UsageError('--history for nbp must be a number of days up to 366, such as 90d');
	if (source !== 'ecb' && source !== 'nbp') {
		if (url === undefined)
			throw new UsageError(
				`--source ${source}: give --url, the address that serves its snapshots in this project's JSON format`
			);
		if (history !== undefined)
			throw new UsageError(`--history: the ${source} source serves what its URL serves`);
	}
}

async function fetchRates(args: Args, context: CommandContext): Promise<string> {
	if (args.positionals.length > 1) throw new UsageError(`usage: ${USAGE}`);
	const source = args.options.get('source')?.at(-1) ?? 'ecb';
	if (!SOURCE_NAME.test(source))
		throw new UsageError(`--source ${source}: a source is a folder name such as ecb, nbp or acme`);
	const history = args.options.get('history')?.at(-1);
	const url = args.options.get('url')?.at(-1);
	if (url !== undefined && !/^https?:\/\//.test(url))
		throw new UsageError('--url must be an http:// or https:// URL');
	checkHistory(source, history, url);
	const timeoutMs = timeoutOf(args);
	const progress = context.progress;
	let snapshots: RateSnapshot[];
	try {
		snapshots = await fetchSnapshots(source, {
			url,
			history,
			timeoutMs,
			onBytes: (bytes) => progress?.(`\rreceived ${bytes} bytes`)
		});
	} catch (e) {
		throw e instanceof FeedError ? new Exit(1, e.message) : e;
	}
	progress?.('\n');
	const line = write(snapshots, args, context, (done, total) =>
		progress?.(`\rwrote ${done} of ${total} ${source === 'ecb' ? 'days' : 'snapshots'}`)
	);
	progress?.('\n');
	return line;
}

export const ratesCommand: Command = {
	usage: USAGE,
	run(argv, context) {
		const args = parseArgs(argv, { options: FETCH_OPTIONS, flags: ['force'] });
		const sub = args.positionals[0];
		if (sub === 'import') {
			only(args, ['rules']);
			return importFiles(args, context);
		}
		if (sub === 'fetch') return fetchRates(args, context);
		throw new UsageError(`usage: ${USAGE}`);
	}
};
