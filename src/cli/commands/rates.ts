import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEcbFeed } from '../../lib/rates';
import { describeWrites, ECB_URLS, FeedError, fetchFeed, writeSnapshots } from '../../lib/server';
import { Exit, only, rulesDir, type CommandContext, type Command } from '../common';
import { parseArgs, UsageError, type Args } from '../parseArgs';

const USAGE =
	'feecalc rates import FILE [--rules DIR] [--force]\n' +
	'  feecalc rates fetch [--source ecb] [--url URL] [--history 90d|all] [--timeout SECONDS] [--rules DIR] [--force]';

/** A download or write, its FeedError turned into exit status 1. */
function feedStep<T>(step: () => T): T {
	try {
		return step();
	} catch (e) {
		if (e instanceof FeedError) throw new Exit(1, e.message);
		throw e;
	}
}

/** Snapshots from an ECB file (daily, 90-day or full history), written all or nothing. */
function importXml(
	xml: string,
	name: string,
	args: Args,
	context: CommandContext,
	onWrite?: (done: number, total: number) => void
): string {
	const parsed = parseEcbFeed(xml);
	if (!parsed.ok) throw new Exit(1, `${name}: ${parsed.error.message} (${parsed.error.code})`);
	return describeWrites(
		feedStep(() =>
			writeSnapshots(parsed.snapshots, rulesDir(args, context), args.flags.has('force'), onWrite)
		)
	);
}

function importFile(args: Args, context: CommandContext): string {
	const [, file, ...rest] = args.positionals;
	if (!file || rest.length) throw new UsageError(`usage: ${USAGE}`);
	let xml: string;
	try {
		xml = readFileSync(resolve(context.cwd, file), 'utf8');
	} catch {
		throw new Exit(1, `${file}: cannot be read`);
	}
	return importXml(xml, file, args, context);
}

function timeoutOf(args: Args): number {
	const given = args.options.get('timeout')?.at(-1) ?? '30';
	if (!/^[0-9]{1,4}(\.[0-9]{1,3})?$/.test(given) || /^[0.]+$/.test(given))
		throw new UsageError('--timeout must be a number of seconds greater than zero, such as 30');
	const [whole, part = ''] = given.split('.');
	return parseInt(whole, 10) * 1000 + parseInt(part.padEnd(3, '0'), 10);
}

async function fetchRates(args: Args, context: CommandContext): Promise<string> {
	if (args.positionals.length > 1) throw new UsageError(`usage: ${USAGE}`);
	const source = args.options.get('source')?.at(-1) ?? 'ecb';
	if (source !== 'ecb') throw new UsageError(`--source ${source}: only ecb is supported`);
	const history = args.options.get('history')?.at(-1);
	if (history !== undefined && history !== '90d' && history !== 'all')
		throw new UsageError('--history must be 90d or all');
	const url = args.options.get('url')?.at(-1) ?? ECB_URLS[history ?? 'daily'];
	if (!/^https?:\/\//.test(url)) throw new UsageError('--url must be an http:// or https:// URL');
	const progress = context.progress;
	let xml: string;
	try {
		xml = await fetchFeed(url, timeoutOf(args), (bytes) => progress?.(`\rreceived ${bytes} bytes`));
	} catch (e) {
		throw e instanceof FeedError ? new Exit(1, e.message) : e;
	}
	progress?.('\n');
	const line = importXml(xml, url, args, context, (done, total) =>
		progress?.(`\rwrote ${done} of ${total} days`)
	);
	progress?.('\n');
	return line;
}

export const ratesCommand: Command = {
	usage: USAGE,
	run(argv, context) {
		const args = parseArgs(argv, new Set(['force']));
		const sub = args.positionals[0];
		if (sub === 'import') {
			only(args, ['rules']);
			return importFile(args, context);
		}
		if (sub === 'fetch') {
			only(args, ['rules', 'source', 'url', 'history', 'timeout']);
			return fetchRates(args, context);
		}
		throw new UsageError(`usage: ${USAGE}`);
	}
};
