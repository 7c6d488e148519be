import type { DecodeResult } from '../../lib/quoting';
import { decodeReceipt } from '../../lib/quoting';
import { formatPath } from '../../lib/rulesfiles';
import { ratesLine } from '../ratesLine';
import { quoteOptions } from '../../lib/server';
import { Exit, load, type Command } from '../common';
import { parseArgs, UsageError } from '../parseArgs';

/** Command-line options and the decode.md field each one fills. */
const FIELDS: Record<string, string> = {
	sent: 'sent',
	from: 'sentCurrency',
	received: 'received',
	to: 'receivedCurrency',
	fee: 'fee',
	date: 'date',
	dest: 'destination',
	source: 'source',
	locale: 'locale'
};

const pad = (label: string, value: string, width = 52) =>
	`  ${label}${' '.repeat(Math.max(2, width - label.length - value.length))}${value}`;

/** The decoded receipt in words a person can check by hand. */
function formatDecode(d: DecodeResult, at: string, sent: string): string {
	const worse = d.marginPercent.startsWith('-') ? 'better' : 'worse';
	const out = [
		`Your rate was ${d.marginPercent.replace(/^-/, '')} % ${worse} than the reference rate: the transfer cost ${d.cost.total.amount} ${d.cost.total.currency}, ${d.cost.percent} % of what you sent.`,
		'',
		pad('Reference rate', `${d.reference.mid}`),
		`      ${ratesLine(d.reference, at, at)}`,
		pad('Your rate', d.effectiveRate),
		pad('Mark-up hidden in the rate', `${d.marginPercent} %`),
		pad('Hidden mark-up cost', `${d.cost.fx.amount} ${d.cost.fx.currency}`),
		pad('Fee', `${d.cost.fee.amount} ${d.cost.fee.currency}`),
		pad('Total cost', `${d.cost.total.amount} ${d.cost.total.currency}`),
		pad(`  as % of ${sent} sent`, `${d.cost.percent} %`),
		pad('  all-in mark-up over the reference', `${d.allInMarkupPercent} %`)
	];
	if (d.instead.length) {
		out.push('', '  Instead, to deliver the same amount:');
		for (const i of d.instead)
			out.push(
				pad(
					`  ${i.schedule} ${i.version} (${i.funding}${i.payout ? ` → ${i.payout}` : ''})`,
					`${i.total.amount} ${i.total.currency}`
				),
				`      saving ${i.saving.amount} ${i.saving.currency}`
			);
	}
	if (d.notices.length)
		out.push(
			'',
			'  Notices:',
			...d.notices.map((n) => `  [${n.severity}] ${n.code}: ${n.message}`)
		);
	return out.join('\n');
}

export const decodeCommand: Command = {
	usage: `feecalc decode --sent A --from CUR --received A --to CUR [--fee A] --date D
                [--dest CC] [--source S] [--rules DIR] [--locale L] [--json]`,
	run(argv, context) {
		const args = parseArgs(argv, { options: [...Object.keys(FIELDS), 'rules'], flags: ['json'] });
		if (args.positionals.length) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
		const input: Record<string, string> = {};
		for (const [option, field] of Object.entries(FIELDS)) {
			const values = args.options.get(option);
			if (values && values.length > 1) throw new UsageError(`--${option} is given more than once`);
			if (values) input[field] = values[0];
		}
		const out = decodeReceipt(load(args, context), input, quoteOptions());
		if (!out.ok) {
			const [i] = out.issues;
			const field = formatPath(i.path);
			throw new Exit(2, `${field ? `${field}: ` : ''}${i.message} (${i.code})`);
		}
		if (args.flags.has('json')) return JSON.stringify(out.result, null, 2);
		return formatDecode(out.result, out.at, `${input.sent} ${input.sentCurrency}`);
	}
};
