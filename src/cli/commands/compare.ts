import type { Money, QuoteResult } from '../../lib/engine';
import { compareQuotes, fromText, type Excluded, type RequestIssue } from '../../lib/quoting';
import { formatPath } from '../../lib/rulesfiles';
import { quoteOptions } from '../../lib/server';
import { Exit, load, type Command } from '../common';
import { parseArgs, UsageError } from '../parseArgs';
import { QUOTE_OPTIONS, requestFromArgs } from '../requestFromArgs';

const ALIASES: Record<string, string> = { dest: 'destination' };

/** `--vary KEY=V1,V2` options as the comparison's `vary`, keys in the order given. */
function varyFromArgs(values: string[]): Record<string, string[]> {
	const vary: Record<string, string[]> = {};
	for (const v of values) {
		const eq = v.indexOf('=');
		if (eq <= 0) throw new UsageError(`--vary takes KEY=V1,V2,... (got "${v}")`);
		const key = ALIASES[v.slice(0, eq)] ?? v.slice(0, eq);
		if (Object.hasOwn(vary, key)) throw new UsageError(`--vary ${key} is given more than once`);
		vary[key] = v.slice(eq + 1).split(',');
	}
	return vary;
}

/** An issue as one line, its path without the `request` prefix (the options name those fields). */
export function issueLine(i: RequestIssue): string {
	const field = formatPath(i.path[0] === 'request' ? i.path.slice(1) : i.path);
	return `${field ? `${field}: ` : ''}${i.message} (${i.code})`;
}

const m = (x: Money | null | undefined) => (x ? `${x.amount} ${x.currency}` : '—');

function table(rows: string[][], right: boolean[]): string[] {
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
	return rows.map((r) =>
		r
			.map((cell, c) => (right[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
			.join('  ')
			.trimEnd()
	);
}

/** The ranked quotes as a table: rank, the varied values, totals, cost, and what blocks each. */
function formatCompare(quotes: QuoteResult[], keys: string[], excluded: Excluded[]): string {
	const value = (q: QuoteResult, k: string) =>
		String(q.request[k as keyof QuoteResult['request']] ?? '—');
	const rows = [['#', ...keys, 'Total paid', 'Received', 'Total cost', 'Cost %', 'Status']];
	quotes.forEach((q, i) =>
		rows.push([
			String(i + 1),
			...keys.map((k) => value(q, k)),
			m(q.total),
			m(q.received),
			m(q.cost?.total),
			q.cost ? `${q.cost.percent} %` : '—',
			q.allowed
				? 'allowed'
				: `blocked: ${q.notices
						.filter((n) => n.severity === 'block')
						.map((n) => n.code)
						.join(', ')}`
		])
	);
	const right = rows[0].map((h) =>
		['#', 'Total paid', 'Received', 'Total cost', 'Cost %'].includes(h)
	);
	const out = table(rows, right);
	for (const e of excluded) {
		const change = Object.entries(e.change).map(([k, v]) => `${k}=${v}`);
		out.push(`excluded ${change.join(' ')}: ${e.issues.map(issueLine).join('; ')}`);
	}
	return out.join('\n');
}

export const compareCommand: Command = {
	usage: `feecalc compare <the quote options> --vary KEY=V1,V2,... [--vary ...] [--json]
                (KEY: type, funding, payout, speed, destination (or dest), schedule)`,
	run(argv, context) {
		const args = parseArgs(argv, { options: [...QUOTE_OPTIONS, 'vary'], flags: ['json'] });
		if (args.positionals.length) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
		const request = requestFromArgs(args, new Set(['vary']));
		const vary = varyFromArgs(args.options.get('vary') ?? []);
		const out = compareQuotes(
			load(args, context),
			{ request: fromText(request), vary },
			quoteOptions()
		);
		if (!out.ok) throw new Exit(2, issueLine(out.issues[0]));
		if (args.flags.has('json'))
			return JSON.stringify(
				{ quotes: out.quotes, ...(out.excluded.length ? { excluded: out.excluded } : {}) },
				null,
				2
			);
		return formatCompare(out.quotes, Object.keys(vary), out.excluded);
	}
};
