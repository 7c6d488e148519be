import { assembleRules, type Rules } from '$lib/schedules';

const en = (text: string) => ({ en: text });

/** Round rates, so figures can be worked out by hand: 1 USD = 20 MXN = 120 JPY. */
export const SNAPSHOT = {
	source: 'ecb',
	base: 'EUR',
	asOf: '2026-03-13T16:00:00+01:00',
	rates: { USD: '1.25', MXN: '25', JPY: '150', KWD: '0.375' }
};

/** A schedule sending USD to Mexico: a fixed fee and an FX margin; card funding adds 3 %. */
export function schedule(
	id: string,
	fee: string,
	margin: string,
	extra: Record<string, unknown> = {}
) {
	return {
		schemaVersion: 1,
		id,
		version: '2026-01-01',
		effectiveFrom: '2026-01-01T00:00:00Z',
		name: en(id),
		baseCurrency: 'USD',
		origins: ['US'],
		types: { transfer: { name: en('Transfer') } },
		funding: { card: { name: en('Card') }, balance: { name: en('Balance') } },
		payouts: { bank: { name: en('Bank') } },
		currencies: ['USD'],
		destinations: { MX: { currencies: ['MXN'] } },
		fees: [
			{ id: 'fee', name: en('Fee'), when: {}, fixed: { USD: fee } },
			{ id: 'card', name: en('Card'), when: { funding: 'card' }, percent: '3' }
		],
		fx: [{ when: {}, marginPercent: margin }],
		...extra
	};
}

/** Rules in memory: the snapshot above and the given schedules; throws on any issue. */
export function decodeRules(
	schedules: ReturnType<typeof schedule>[],
	snapshots = [SNAPSHOT]
): Rules {
	const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
	const result = assembleRules(
		[
			...snapshots.map((s) => ({
				path: `rates/${s.source}/${s.asOf.slice(0, 10)}.json`,
				bytes: encode(s)
			})),
			...schedules.map((s) => ({ path: `schedules/${s.id}/${s.version}.json`, bytes: encode(s) }))
		],
		'rules/'
	);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.rules;
}
