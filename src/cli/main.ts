import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatIssue, parseEcbXml, parseSnapshot } from '../lib/rates';
import { quote } from '../lib/quoting';
import { loadRules, nodeSha256, RulesError } from '../lib/server';
import { formatPath } from '../lib/rates';
import { formatQuote } from './formatQuote';
import { parseArgs, UsageError } from './parseArgs';
import { requestFromArgs } from './requestFromArgs';

const USAGE = `usage:
  feecalc quote --schedule ID --type T --funding F --dest CC --from CUR
                (--send A | --pay A | --receive A)
                [--to CUR] [--origin CC] [--payout P] [--profile P]
                [--version V] [--at ISO] [--rules DIR] [--locale L] [--json]
  feecalc check [--rules DIR]
  feecalc rates import FILE [--rules DIR] [--force]`;

/** Exit statuses: 0 done, 1 rules folder invalid (or import failed), 2 malformed request or usage. */
class Exit extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

function rulesDir(dir: string | undefined): string {
	return resolve(dir ?? process.env.FEECALC_RULES ?? 'rules');
}

function load(dir: string) {
	try {
		return loadRules(dir);
	} catch (e) {
		if (e instanceof RulesError) throw new Exit(1, e.message);
		throw e;
	}
}

function only(args: ReturnType<typeof parseArgs>, allowed: string[]) {
	for (const k of args.options.keys())
		if (!allowed.includes(k)) throw new UsageError(`unknown option --${k}`);
}

function cmdQuote(argv: string[]): string {
	const args = parseArgs(argv, new Set(['json']));
	if (args.positionals.length) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
	const request = requestFromArgs(args);
	const rules = load(rulesDir(args.options.get('rules')?.[0]));
	const out = quote(rules, request, Date.now(), { sha256: nodeSha256 });
	if (!out.ok) {
		const [i] = out.issues;
		const field = formatPath(i.path);
		throw new Exit(2, `${field ? `${field}: ` : ''}${i.message} (${i.code})`);
	}
	return args.flags.has('json') ? JSON.stringify(out.quote, null, 2) : formatQuote(out.quote);
}

function cmdCheck(argv: string[]): string {
	const args = parseArgs(argv, new Set());
	only(args, ['rules']);
	const dir = rulesDir(args.options.get('rules')?.[0]);
	const rules = load(dir);
	const versions = [...rules.schedules.values()].reduce((n, v) => n + v.length, 0);
	const snapshots = [...rules.rates.values()].reduce((n, v) => n + v.length, 0);
	const lines = rules.lint.map((f) => `lint: ${formatIssue(f)} (${f.code})`);
	lines.push(
		`ok: ${rules.schedules.size} schedules (${versions} versions), ${snapshots} rate snapshots, ${rules.lint.length} lint findings`
	);
	return lines.join('\n');
}

function cmdRates(argv: string[]): string {
	const args = parseArgs(argv, new Set(['force']));
	only(args, ['rules']);
	const [sub, file, ...rest] = args.positionals;
	if (sub !== 'import' || !file || rest.length)
		throw new UsageError('usage: feecalc rates import FILE [--rules DIR]');
	let xml: string;
	try {
		xml = readFileSync(file, 'utf8');
	} catch {
		throw new Exit(1, `${file}: cannot be read`);
	}
	const parsed = parseEcbXml(xml);
	if (!parsed.ok) throw new Exit(1, `${file}: ${parsed.error.message} (${parsed.error.code})`);
	const snap = parsed.snapshot;
	const text = `${JSON.stringify(snap, null, 1)}\n`;
	const folder = join(rulesDir(args.options.get('rules')?.[0]), 'rates', snap.source);
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

function run(argv: string[]): string {
	const [command, ...rest] = argv;
	if (command === 'quote') return cmdQuote(rest);
	if (command === 'check') return cmdCheck(rest);
	if (command === 'rates') return cmdRates(rest);
	if (command === 'help' || command === '--help' || command === undefined) return USAGE;
	throw new UsageError(`unknown command ${command}`);
}

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
