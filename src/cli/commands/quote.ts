import { fromText, quoteWithHints } from '../../lib/quoting';
import { formatPath } from '../../lib/rulesfiles';
import { quoteOptions } from '../../lib/server';
import { Exit, load, type Command } from '../common';
import { formatQuote } from '../formatQuote';
import { parseArgs, UsageError } from '../parseArgs';
import { QUOTE_OPTIONS, requestFromArgs } from '../requestFromArgs';

export const quoteCommand: Command = {
	usage: `feecalc quote --schedule ID --type T --funding F --dest CC --from CUR
                (--send A | --pay A | --receive A)
                [--to CUR] [--origin CC] [--payout P] [--profile P] [--speed S]
                [--sent-this-period A] [--transfers-this-period N]
                [--version V] [--at ISO] [--rules DIR] [--locale L] [--json]`,
	run(argv, context) {
		const args = parseArgs(argv, { options: QUOTE_OPTIONS, flags: ['json'] });
		if (args.positionals.length) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
		const request = requestFromArgs(args);
		const json = args.flags.has('json');
		// Hints only in the readable breakdown: --json is exactly the quote (quote.md).
		const out = quoteWithHints(load(args, context), fromText(request), {
			...quoteOptions(),
			hints: !json
		});
		if (!out.ok) {
			const [i] = out.issues;
			const field = formatPath(i.path);
			throw new Exit(2, `${field ? `${field}: ` : ''}${i.message} (${i.code})`);
		}
		return json ? JSON.stringify(out.quote, null, 2) : formatQuote(out.quote, out.hints);
	}
};
