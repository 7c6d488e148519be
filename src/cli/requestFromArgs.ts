import { UsageError, type Args } from './parseArgs';

const MAP: Record<string, string> = {
	schedule: 'schedule',
	type: 'type',
	funding: 'funding',
	dest: 'destination',
	from: 'currency',
	to: 'targetCurrency',
	origin: 'origin',
	payout: 'payout',
	profile: 'profile',
	speed: 'speed',
	'sent-this-period': 'sentThisPeriod',
	'transfers-this-period': 'transfersThisPeriod',
	version: 'version',
	at: 'at',
	locale: 'locale'
};
const MODES = ['send', 'pay', 'receive'] as const;
export const QUOTE_OPTIONS = new Set([...Object.keys(MAP), ...MODES, 'rules']);

/** The quote request the options describe; the request parser checks the values. */
export function requestFromArgs(
	args: Args,
	extra: Set<string> = new Set()
): Record<string, string> {
	const req: Record<string, string> = {};
	for (const [name, values] of args.options) {
		if (values.length > 1 && !extra.has(name))
			throw new UsageError(`--${name} is given more than once`);
		if (MAP[name]) req[MAP[name]] = values[0];
	}
	const modes = MODES.filter((m) => args.options.has(m));
	if (modes.length !== 1)
		throw new UsageError('give exactly one of --send, --pay or --receive with an amount');
	req.mode = modes[0];
	req.amount = args.options.get(modes[0])![0];
	return req;
}
