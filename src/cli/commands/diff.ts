import { type ImpactRow, priceImpact, type PriceImpact } from '../../lib/quoting';
import { formatPath } from '../../lib/rulesfiles';
import { diffSchedules, type ScheduleChange } from '../../lib/schedules';
import { Exit, load, type Command } from '../common';
import { parseArgs, UsageError } from '../parseArgs';

const text = (v: unknown, width = 90) => {
	const s = typeof v === 'string' ? v : JSON.stringify(v);
	return s.length > width ? `${s.slice(0, width - 1)}…` : s;
};

/** The entry a change is in: `international_transfer`, `[3] when {"destination":"@ASIA"}`, or ''. */
function entryOf(c: ScheduleChange): string {
	if (c.index) return `[${c.index.after ?? c.index.before}] when ${JSON.stringify(c.when)}`;
	return c.id ?? '';
}

function changeLine(c: ScheduleChange): string {
	const item = c.after ?? c.before;
	const sign = c.kind === 'added' ? '+' : '−';
	if (c.path.length === 0)
		return c.kind === 'changed'
			? `moved from position ${String(c.before)} to ${String(c.after)}`
			: `${sign} ${c.kind}: ${text(item)}`;
	const last = c.path[c.path.length - 1];
	const isItem = typeof item === 'string' && last === item;
	const path = formatPath(isItem ? c.path.slice(0, -1) : c.path);
	if (c.kind === 'changed') return `${path}: ${text(c.before, 40)} → ${text(c.after, 40)}`;
	if (isItem) return `${sign} ${path ? `${path} ` : ''}${item} ${c.kind}`;
	return `${sign} ${path} ${c.kind}: ${text(item)}`;
}

function formatChanges(changes: ScheduleChange[]): string[] {
	const out = [`Changes in the file (${changes.length})`];
	if (changes.length === 0) out.push('  none');
	let section = '';
	let entry = '';
	for (const c of changes) {
		const e = entryOf(c);
		if (c.section !== section) {
			out.push(`  ${(section = c.section)}`);
			entry = '';
		}
		if (e !== entry && e !== '') out.push(`    ${e}`);
		entry = e;
		out.push(`${e === '' ? '    ' : '      '}${changeLine(c)}`);
	}
	return out;
}

/** A request in a short form: `transfer debit_card→bank_account US→MX MXN, send 100.00 USD`. */
function requestText(r: ImpactRow['request']): string {
	const how = r.payout === null ? r.funding : `${r.funding}→${r.payout}`;
	const profile = r.profile === null ? '' : ` (${r.profile})`;
	return `${r.type} ${how} ${r.origin}→${r.destination} ${r.targetCurrency ?? '—'}, send ${r.amount} ${r.currency}${profile}`;
}

function changeRow(r: ImpactRow): string {
	const sign = r.deltaCost!.startsWith('-') ? '' : '+';
	const pct = r.deltaPercent === null ? 'from 0' : `${sign}${r.deltaPercent} %`;
	const cost = `cost ${r.before.costTotal} → ${r.after.costTotal}`;
	return `  ${`${sign}${r.deltaCost} ${r.request.currency}`.padStart(14)} ${pct.padStart(9)}  ${cost.padEnd(28)} ${requestText(r.request)}`;
}

function listRows(title: string, rows: ImpactRow[], top: number, line: (r: ImpactRow) => string) {
	const shown = rows.slice(0, top);
	const more = rows.length > shown.length ? `, first ${shown.length}` : '';
	return ['', `${title} (${rows.length}${more})`, ...shown.map(line)];
}

function histogram(impact: PriceImpact): string[] {
	const { bins, fromZero } = impact.distribution;
	const most = Math.max(1, ...bins.map((b) => b.count));
	const label = (b: (typeof bins)[number]) =>
		b.from === b.to
			? 'unchanged'
			: b.from === null
				? `below ${b.to} %`
				: b.to === null
					? `above ${b.from} %`
					: `${b.from} to ${b.to} %`;
	return [
		'',
		'Change in cost, as a percent of the old cost (requests allowed under both)',
		...bins.map(
			(b) =>
				`  ${label(b).padStart(15)} ${String(b.count).padStart(6)} ${'█'.repeat(Math.ceil((b.count / most) * 40))}`
		),
		...(fromZero > 0 ? [`  ${'from zero'.padStart(15)} ${String(fromZero).padStart(6)}`] : [])
	];
}

function formatImpact(impact: PriceImpact, top: number): string[] {
	const { summary: s, axes } = impact;
	const rates = impact.rates
		? `${impact.rates.source} rates as of ${impact.rates.asOf}`
		: 'no rates';
	// Rows are sorted: the increases first, then the decreases.
	const increases = impact.rows.slice(0, s.increased);
	const decreases = impact.rows.slice(s.increased, s.increased + s.decreased);
	const codes = (r: ImpactRow, side: 'before' | 'after') => r[side].codes.join(', ');
	return [
		'',
		`Price impact: ${s.requests} requests priced at ${impact.at} with ${rates}`,
		`  ${axes.types.length} types × ${axes.funding.length} funding × ${axes.payouts.length} payouts × ${axes.destinations.length} destinations, sent in ${axes.currencies.join(', ')}, amounts equivalent to ${axes.amounts.join(', ')} ${axes.baseCurrency}`,
		`  cost up ${s.increased} · down ${s.decreased} · unchanged ${s.unchanged} · newly blocked ${s.newlyBlocked} · newly unblocked ${s.newlyUnblocked} · blocked under both ${s.blockedBoth}`,
		...histogram(impact),
		...listRows('Biggest increases', increases, top, changeRow),
		...listRows('Biggest decreases', decreases, top, changeRow),
		...listRows(
			'Newly blocked',
			impact.newlyBlocked,
			top,
			(r) => `  ${requestText(r.request)}: ${codes(r, 'after')}`
		),
		...listRows(
			'Newly unblocked',
			impact.newlyUnblocked,
			top,
			(r) => `  ${requestText(r.request)}: was ${codes(r, 'before')}`
		)
	];
}

export const diffCommand: Command = {
	usage: 'feecalc diff ID V1 V2 [--rules DIR] [--at ISO] [--top N] [--json]',
	run(argv, context) {
		const args = parseArgs(argv, { options: ['rules', 'at', 'top'], flags: ['json'] });
		if (args.positionals.length !== 3)
			throw new UsageError('diff takes a schedule id and two versions');
		const [id, v1, v2] = args.positionals;
		const topText = args.options.get('top')?.[0] ?? '10';
		if (!/^[0-9]{1,6}$/.test(topText)) throw new UsageError('--top takes a whole number');
		const rules = load(args, context);
		const out = priceImpact(rules, {
			schedule: id,
			from: v1,
			to: v2,
			at: args.options.get('at')?.[0]
		});
		if (!out.ok) {
			const [i] = out.issues;
			throw new Exit(2, `${formatPath(i.path)}: ${i.message} (${i.code})`);
		}
		const versions = rules.schedules.get(id)!;
		const schedule = (v: string) => versions.find((x) => x.schedule.version === v)!.schedule;
		const changes = diffSchedules(schedule(v1), schedule(v2));
		if (args.flags.has('json')) return JSON.stringify({ changes, impact: out.impact });
		const { from, to } = out.impact;
		return [
			`${id} ${from.version} → ${to.version} (effective ${from.effectiveFrom} → ${to.effectiveFrom})`,
			'',
			...formatChanges(changes),
			...formatImpact(out.impact, Number(topText))
		].join('\n');
	}
};
