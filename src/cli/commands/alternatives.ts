import { findAlternatives, fromText, quote } from '../../lib/quoting';
import { quoteOptions } from '../../lib/server';
import { Exit, load, type Command } from '../common';
import { parseArgs, UsageError } from '../parseArgs';
import { QUOTE_OPTIONS, requestFromArgs } from '../requestFromArgs';
import { issueLine } from './compare';

export const alternativesCommand: Command = {
	usage: 'feecalc alternatives <the quote options> [--json]',
	run(argv, context) {
		const args = parseArgs(argv, { options: QUOTE_OPTIONS, flags: ['json'] });
		if (args.positionals.length) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
		const request = fromText(requestFromArgs(args));
		const rules = load(args, context);
		const options = quoteOptions();
		const out = findAlternatives(rules, request, options);
		if (!out.ok) throw new Exit(2, issueLine(out.issues[0]));
		if (args.flags.has('json')) return JSON.stringify({ alternatives: out.alternatives }, null, 2);
		const base = quote(rules, request, options);
		if (base.ok && base.quote.allowed) return 'The quote is allowed: nothing to change.';
		const blocks = base.ok ? base.quote.notices.filter((n) => n.severity === 'block') : [];
		const lines = [`Blocked: ${blocks.map((n) => n.code).join(', ')}`];
		if (out.alternatives.length === 0)
			lines.push('No change of funding, payout, profile or amount is allowed.');
		out.alternatives.forEach(({ change, quote: q }, i) => {
			const what = Object.entries(change)
				.map(([k, v]) => `${k} ${v}`)
				.join(', ');
			lines.push(
				`  ${i + 1}. ${what}: pay ${q.total?.amount} ${q.total?.currency}, ` +
					`receive ${q.received?.amount} ${q.received?.currency}, ` +
					`cost ${q.cost?.total.amount} ${q.cost?.total.currency} (${q.cost?.percent} %)`
			);
		});
		return lines.join('\n');
	}
};
