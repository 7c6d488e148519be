import type { QuoteResult } from '$lib/engine';
import { quote } from '$lib/quoting';
import { assembleRules, type Rules } from '$lib/schedules';

/** The instant every hand-made quote is priced at (the snapshot below is in force). */
export const AT = '2026-04-01T00:00:00Z';
export const NOW = Date.parse(AT);

/** A small ECB-style snapshot: EUR base; currencies with 0, 2, 3 and 4 minor digits. */
export const SNAPSHOT = {
	source: 'ecb',
	base: 'EUR',
	asOf: '2026-03-13T16:00:00+01:00',
	rates: {
		USD: '1.1476',
		JPY: '182.85',
		GBP: '0.86503',
		MXN: '20.4517',
		KRW: '1711.87',
		ISK: '144.20',
		KWD: '0.3521',
		BHD: '0.4315',
		CLF: '0.0285'
	}
};

const en = (text: string) => ({ en: text });

export type ScheduleJson = Record<string, unknown> & { id: string; version: string };

/** A complete schedule file (base USD, origin US) around the given fees, fx and overrides. */
export function scheduleJson(id: string, parts: Record<string, unknown>): ScheduleJson {
	return {
		schemaVersion: 1,
		id,
		version: '2026-01-01',
		effectiveFrom: '2026-01-01T00:00:00Z',
		name: en(`Property test schedule ${id}`),
		baseCurrency: 'USD',
		origins: ['US'],
		types: { transfer: { name: en('Transfer') } },
		funding: { balance: { name: en('Balance') }, card: { name: en('Card') } },
		payouts: { bank: { name: en('Bank') }, cash: { name: en('Cash') }, void: { name: en('Void') } },
		currencies: ['USD', 'JPY', 'KWD', 'EUR'],
		destinations: {
			US: { currencies: ['USD'] },
			MX: { currencies: ['MXN', 'USD'] },
			JP: { currencies: ['JPY'] },
			KR: { currencies: ['KRW'] },
			KW: { currencies: ['KWD'] },
			GB: { currencies: ['GBP'] },
			DE: { currencies: ['EUR'] },
			BH: { currencies: ['BHD'] },
			CL: { currencies: ['CLF'] },
			IS: { currencies: ['ISK'] }
		},
		fees: [],
		...parts
	};
}

/** Rules built in memory from schedule files and the snapshot above; throws on any issue. */
export function buildRules(schedules: ScheduleJson[]): Rules {
	const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, '\t'));
	const files = [
		{ path: 'rates/ecb/2026-03-13.json', bytes: encode(SNAPSHOT) },
		...schedules.map((s) => ({ path: `schedules/${s.id}/${s.version}.json`, bytes: encode(s) }))
	];
	const result = assembleRules(files, 'rules/');
	if (!result.ok) {
		const lines = result.errors.map((e) => `${e.file} ${e.path.join('.')}: ${e.code} ${e.message}`);
		throw new Error(lines.join('\n'));
	}
	return result.rules;
}

/** A quote that must be made (a request issue is a test failure). */
export function quoteOf(rules: Rules, request: Record<string, string | number>): QuoteResult {
	const outcome = quote(rules, request, { now: NOW });
	if (!outcome.ok) throw new Error(`request issues: ${JSON.stringify(outcome.issues)}`);
	return outcome.quote;
}

/** Codes of a quote's notices. */
export const codesOf = (q: QuoteResult) => q.notices.map((n) => n.code);
