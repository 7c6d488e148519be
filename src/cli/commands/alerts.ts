import type { QuoteResult } from '../../lib/engine';
import { quote } from '../../lib/quoting';
import type { Rules } from '../../lib/schedules';
import { quoteOptions } from '../../lib/server';
import {
	alertsStoreOptions,
	checkAlerts,
	conditionWords,
	dataDir,
	listAlerts,
	transferWords,
	type AlertCheck,
	type FoundAlert
} from '../../lib/server/alerts';
import { openStore, StoreLockedError, StoreTooNewError, type Store } from '../../lib/server/store';
import { Exit, load, only, rulesDir, type Command, type CommandContext } from '../common';
import { parseArgs, UsageError, type Args } from '../parseArgs';

const USAGE =
	'feecalc alerts list [--json] [--rules DIR]\n' +
	'  feecalc alerts check [--json] [--rules DIR]   (what would fire now; changes nothing)';

export const ALERTS_HELP = `${USAGE}

Both open the store the server uses: DATABASE_URL's PostgreSQL, else PGlite in FEECALC_DATA/db
(default data/db beside the rules folder). PGlite takes one process at a time: while a server
has the embedded store open (its pid in db/feecalc.lock) they refuse, in one line; stop it
first. A lock left by a process that is gone is taken over.
  list   every alert: its id (shortened), status, condition and transfer in words, firings,
         when it was last told.
  check  prices every active alert's request now with the rules folder, as the server would,
         and prints which alerts would fire and which would be armed again. It is a read-only
         pricing pass (SELECTs only, no row locked): nothing is written to the alerts or the
         outbox, so nothing is sent and a running server's next check is unchanged.`;

const short = (id: string) => id.slice(0, 8);
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

async function withStore<T>(
	args: Args,
	context: CommandContext,
	work: (s: Store) => Promise<T>
): Promise<T> {
	const data = dataDir(context.env, rulesDir(args, context), context.cwd);
	let store: Store;
	try {
		store = await openStore(alertsStoreOptions(context.env, data));
	} catch (e) {
		if (e instanceof StoreTooNewError || e instanceof StoreLockedError)
			throw new Exit(1, e.message);
		throw new Exit(1, `the alerts store cannot be opened: ${e instanceof Error ? e.message : e}`);
	}
	try {
		return await work(store);
	} finally {
		await store.close();
	}
}

function listLines(alerts: FoundAlert[], rules: Rules): string {
	if (alerts.length === 0) return 'no alerts';
	return alerts
		.map(
			(a) =>
				`${short(a.id)}  ${a.status.padEnd(11)} ${conditionWords(a.condition, 'en')}, ` +
				`${transferWords(a.request, rules, 'en')}; told ${a.firings}×, last ${iso(a.firedAt) ?? 'never'}`
		)
		.join('\n');
}

const listJson = (alerts: FoundAlert[], rules: Rules) =>
	JSON.stringify(
		alerts.map((a) => ({
			id: a.id,
			status: a.status,
			condition: a.condition,
			conditionWords: conditionWords(a.condition, 'en'),
			request: a.request,
			transferWords: transferWords(a.request, rules, 'en'),
			waiting: a.armed,
			firings: a.firings,
			createdAt: iso(a.createdAt),
			lastFiredAt: iso(a.firedAt)
		})),
		null,
		2
	);

/** The quote's figures an alert is judged on: what arrives and what it costs. */
function figures(q: QuoteResult | null): string {
	if (q === null) return 'cannot be priced now';
	const got = q.received ? `recipient gets ${q.received.amount} ${q.received.currency}` : '';
	const cost = q.cost
		? `total cost ${q.cost.total.amount} ${q.cost.total.currency} (${q.cost.percent} %)`
		: '';
	return [got, cost].filter(Boolean).join(', ');
}

function checkLines(checks: AlertCheck[], checked: number, priced: number, rules: Rules): string {
	const lines = checks
		.filter((c) => c.outcome !== 'keep')
		.map(
			({ alert: a, outcome, quote: q }) =>
				`${outcome === 'fire' ? 'would fire' : 'would re-arm'}  ${short(a.id)}  ` +
				`${conditionWords(a.condition, 'en')}, ${transferWords(a.request, rules, 'en')}: ${figures(q)}`
		);
	const fire = checks.filter((c) => c.outcome === 'fire').length;
	lines.push(
		`${checked} active alerts, ${priced} requests priced: ${fire} would fire, ` +
			`${checks.filter((c) => c.outcome === 'rearm').length} would be armed again (nothing was changed)`
	);
	return lines.join('\n');
}

const checkJson = (checks: AlertCheck[], checked: number, priced: number) =>
	JSON.stringify(
		{
			checked,
			priced,
			alerts: checks
				.filter((c) => c.outcome !== 'keep')
				.map((c) => ({ id: c.alert.id, outcome: c.outcome, quote: c.quote }))
		},
		null,
		2
	);

export const alertsCommand: Command = {
	usage: USAGE,
	async run(argv, context) {
		const args = parseArgs(argv, { options: ['rules'], flags: ['json', 'help'] });
		only(args, ['rules']);
		const [sub, ...extra] = args.positionals;
		if (args.flags.has('help')) return ALERTS_HELP;
		if ((sub !== 'list' && sub !== 'check') || extra.length)
			throw new UsageError(`usage: ${USAGE}`);
		const rules = load(args, context);
		const json = args.flags.has('json');
		if (sub === 'list')
			return withStore(args, context, async (store) => {
				const alerts = await listAlerts(store);
				return json ? listJson(alerts, rules) : listLines(alerts, rules);
			});
		const now = Date.now();
		return withStore(args, context, async (store) => {
			const { alerts, checked, priced } = await checkAlerts(store, {
				price: (r) => {
					const out = quote(rules, r, quoteOptions(now));
					return out.ok ? out.quote : null;
				}
			});
			return json ? checkJson(alerts, checked, priced) : checkLines(alerts, checked, priced, rules);
		});
	}
};
