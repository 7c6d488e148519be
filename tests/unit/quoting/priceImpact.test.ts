import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '$lib/engine';
import { priceImpact, quote, type ImpactRow, type PriceImpact } from '$lib/quoting';
import { assembleRules, type Rules, type RulesFile } from '$lib/schedules';

const SHIPPED = fileURLToPath(new URL('../../../rules/', import.meta.url));
const name = (en: string) => ({ name: { en } });

const v1: Schedule = {
	schemaVersion: 1,
	id: 'pair',
	version: '2026-01-01',
	effectiveFrom: '2026-01-01T00:00:00Z',
	name: { en: 'Pair' },
	baseCurrency: 'USD',
	origins: ['US'],
	types: { transfer: name('Transfer') },
	funding: { balance: name('Balance'), card: name('Card') },
	payouts: { wallet: name('Wallet'), bank: name('Bank') },
	profiles: { verified: name('Verified') },
	currencies: ['USD', 'EUR'],
	destinations: {
		US: { currencies: ['USD'] },
		MX: { currencies: ['MXN'] },
		DE: { currencies: ['EUR'] }
	},
	fees: [
		{
			id: 'intl',
			name: name('Intl').name,
			when: { scope: 'international' },
			percent: '1',
			min: { USD: '2.00' }
		},
		{ id: 'card', name: name('Card').name, when: { funding: 'card' }, percent: '3' }
	],
	fx: [{ when: {}, marginPercent: '1' }],
	limits: [{ id: 'max', when: {}, max: { USD: '5000.00' } }]
};

// Dearer abroad, cheaper by card, France added, Mexico closed to cards, a higher limit.
const v2: Schedule = {
	...structuredClone(v1),
	version: '2027-01-01',
	effectiveFrom: '2027-01-01T00:00:00Z',
	destinations: { ...v1.destinations, FR: { currencies: ['EUR'] } },
	fees: [
		{ ...v1.fees[0], percent: '1.5' },
		{ ...v1.fees[1], percent: '2' }
	],
	limits: [{ id: 'max', when: {}, max: { USD: '20000.00' } }],
	notices: [
		{
			id: 'no_cards_to_mx',
			when: { destination: 'MX', funding: 'card' },
			severity: 'block',
			message: { en: 'Cards cannot pay for transfers to Mexico.' }
		}
	]
};

const snapshot = {
	source: 'ecb',
	base: 'EUR',
	asOf: '2026-03-13T16:00:00+01:00',
	rates: { USD: '1.1476', MXN: '20.5', JPY: '182.85' }
};

const file = (path: string, data: unknown): RulesFile => ({
	path,
	bytes: new TextEncoder().encode(JSON.stringify(data))
});

function rulesOf(files: RulesFile[]): Rules {
	const r = assembleRules(files, 'rules/');
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.rules;
}

const pair = rulesOf([
	file('schedules/pair/2026-01-01.json', v1),
	file('schedules/pair/2027-01-01.json', v2),
	file('rates/ecb/2026-03-13.json', snapshot)
]);

function impactOf(rules: Rules, options: Parameters<typeof priceImpact>[1]): PriceImpact {
	const r = priceImpact(rules, options);
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.impact;
}

const impact = impactOf(pair, { schedule: 'pair', from: '2026-01-01', to: '2027-01-01' });
const key = (r: ImpactRow) => JSON.stringify(r.request);
const sign = (r: ImpactRow) => Math.sign(Number(r.deltaCost));

/** Every schedule and rate file under a rules folder, as assembleRules takes them. */
function filesOf(dir: string): RulesFile[] {
	const walk = (d: string): string[] =>
		readdirSync(d).flatMap((n) => {
			const full = join(d, n);
			return statSync(full).isDirectory() ? walk(full) : [full];
		});
	return ['schedules', 'rates'].flatMap((sub) =>
		walk(join(dir, sub))
			.filter((f) => f.endsWith('.json'))
			.map((f) => ({ path: relative(dir, f).split(sep).join('/'), bytes: readFileSync(f) }))
	);
}

describe('priceImpact', () => {
	it('prices every type × funding × payout × destination × amount of either version', () => {
		expect(impact.axes).toEqual({
			types: ['transfer'],
			funding: ['balance', 'card'],
			payouts: ['wallet', 'bank'],
			destinations: ['US', 'MX', 'DE', 'FR'],
			currencies: ['USD'],
			baseCurrency: 'USD',
			amounts: ['10', '100', '1000', '10000']
		});
		expect(impact.rows).toHaveLength(1 * 2 * 2 * 4 * 4);
		expect(new Set(impact.rows.map(key)).size).toBe(impact.rows.length);
		expect(new Set(impact.rows.map((r) => r.request.amount))).toEqual(
			new Set(['10.00', '100.00', '1000.00', '10000.00'])
		);
		expect(
			impact.rows.every((r) => r.request.origin === 'US' && r.request.profile === 'verified')
		).toBe(true);
	});

	it('names both versions, the instant and the rates it priced with', () => {
		expect(impact.schedule).toBe('pair');
		expect(impact.from).toMatchObject({
			version: '2026-01-01',
			effectiveFrom: '2026-01-01T00:00:00Z'
		});
		expect(impact.to).toMatchObject({
			version: '2027-01-01',
			effectiveFrom: '2027-01-01T00:00:00Z'
		});
		expect(impact.from.hash).toMatch(/^[0-9a-f]{64}$/);
		expect(impact.at).toBe('2027-01-01T00:00:00Z');
		expect(impact.rates).toEqual({ source: 'ecb', asOf: '2026-03-13T16:00:00+01:00' });
	});

	it('agrees with quotes made one by one under each version', () => {
		for (const row of impact.rows) {
			for (const [side, version] of [
				['before', '2026-01-01'],
				['after', '2027-01-01']
			] as const) {
				const q = quote(
					pair,
					{ ...row.request, schedule: 'pair', version, at: impact.at, mode: 'send' },
					{ now: 0 }
				);
				if (!q.ok) throw new Error(JSON.stringify(q.issues));
				expect(row[side]).toEqual({
					allowed: q.quote.allowed,
					supported: !q.quote.notices.some((n) => n.code.startsWith('unsupported_')),
					costTotal: q.quote.cost?.total.amount ?? null,
					total: q.quote.total?.amount ?? null,
					received: q.quote.received?.amount ?? null,
					codes: q.quote.notices.filter((n) => n.severity === 'block').map((n) => n.code),
					notices: q.quote.notices.filter((n) => n.severity !== 'block').map((n) => n.code)
				});
			}
		}
	});

	it('gives the change in cost and in percent of the old cost', () => {
		const row = impact.rows.find(
			(r) =>
				key(r) ===
				key({
					...r,
					request: {
						...r.request,
						destination: 'DE',
						funding: 'balance',
						payout: 'wallet',
						amount: '1000.00'
					}
				})
		)!;
		// 1 % → 1.5 % of 1000 plus a 1 % margin (10.00): cost 20.00 → 25.00.
		expect(row.before.costTotal).toBe('20.00');
		expect(row.after.costTotal).toBe('25.00');
		expect(row.deltaCost).toBe('5.00');
		expect(row.deltaPercent).toBe('25.00');
		const unchanged = impact.rows.find(
			(r) =>
				r.request.destination === 'DE' &&
				r.request.amount === '10.00' &&
				r.request.funding === 'balance'
		)!;
		expect([unchanged.deltaCost, unchanged.deltaPercent]).toEqual(['0.00', '0.00']);
	});

	it('sorts the biggest increases first, then decreases, unchanged, and blocked rows last', () => {
		const groups = impact.rows.map((r) =>
			!r.before.allowed || !r.after.allowed ? 3 : sign(r) > 0 ? 0 : sign(r) < 0 ? 1 : 2
		);
		expect(groups).toEqual([...groups].sort());
		const up = impact.rows.filter((_, i) => groups[i] === 0).map((r) => Number(r.deltaCost));
		const down = impact.rows.filter((_, i) => groups[i] === 1).map((r) => Number(r.deltaCost));
		expect(up.length).toBeGreaterThan(0);
		expect(down.length).toBeGreaterThan(0);
		expect(up).toEqual([...up].sort((a, b) => b - a));
		expect(down).toEqual([...down].sort((a, b) => a - b));
	});

	it('lists requests that become blocked and unblocked', () => {
		const blocked = impact.newlyBlocked.map((r) => r.request);
		expect(blocked.length).toBe(2 * 3);
		expect(blocked.every((r) => r.destination === 'MX' && r.funding === 'card')).toBe(true);
		expect(impact.newlyBlocked.every((r) => r.after.codes.includes('no_cards_to_mx'))).toBe(true);
		const unblocked = impact.newlyUnblocked;
		// France (16 requests, unsupported before) and 10,000 USD under the higher limit (10 more).
		expect(unblocked.filter((r) => r.request.destination === 'FR')).toHaveLength(16);
		expect(
			unblocked
				.filter((r) => r.request.destination === 'FR')
				.every((r) => !r.before.supported && r.before.codes.includes('unsupported_destination'))
		).toBe(true);
		expect(
			unblocked.filter((r) => r.request.destination !== 'FR').map((r) => r.request.amount)
		).toEqual(Array(10).fill('10000.00'));
		expect(impact.summary).toMatchObject({
			requests: 64,
			newlyBlocked: 6,
			newlyUnblocked: 26,
			unsupportedBefore: 16,
			unsupportedAfter: 0
		});
	});

	it('adds up: summary counts and the distribution cover every row', () => {
		const s = impact.summary;
		expect(
			s.increased + s.decreased + s.unchanged + s.newlyBlocked + s.newlyUnblocked + s.blockedBoth
		).toBe(s.requests);
		const binned = impact.distribution.bins.reduce((n, b) => n + b.count, 0);
		expect(binned + impact.distribution.fromZero).toBe(s.increased + s.decreased + s.unchanged);
		expect(impact.distribution.bins.find((b) => b.from === '0' && b.to === '0')!.count).toBe(
			s.unchanged
		);
		expect(impact.distribution.bins.map((b) => [b.from, b.to])).toEqual([
			[null, '-50'],
			['-50', '-20'],
			['-20', '-10'],
			['-10', '-5'],
			['-5', '-2'],
			['-2', '-1'],
			['-1', '0'],
			['0', '0'],
			['0', '1'],
			['1', '2'],
			['2', '5'],
			['5', '10'],
			['10', '20'],
			['20', '50'],
			['50', null]
		]);
	});

	it('bins by magnitude on the given edges', () => {
		const i = impactOf(pair, {
			schedule: 'pair',
			from: '2026-01-01',
			to: '2027-01-01',
			binEdges: ['30']
		});
		// Card to US: 3 % → 2 % is −33 %; abroad at 1,000: +25 %, +8.33 % or so by card.
		expect(i.distribution.bins.map((b) => [b.from, b.to])).toEqual([
			[null, '-30'],
			['-30', '0'],
			['0', '0'],
			['0', '30'],
			['30', null]
		]);
		const byRow = i.rows.filter(
			(r) =>
				r.before.allowed &&
				r.after.allowed &&
				r.deltaPercent !== null &&
				Number(r.deltaPercent) < -30
		);
		expect(i.distribution.bins[0].count).toBe(byRow.length);
	});

	it('sends equivalents of the base amounts in every currency when asked', () => {
		const i = impactOf(pair, {
			schedule: 'pair',
			from: '2026-01-01',
			to: '2027-01-01',
			currencies: 'all',
			amounts: ['10']
		});
		expect(i.axes.currencies).toEqual(['USD', 'EUR']);
		// 10 USD in EUR at the mid rate 1 / 1.1476 = 8.7138…, on the cent grid.
		expect(
			new Set(i.rows.filter((r) => r.request.currency === 'EUR').map((r) => r.request.amount))
		).toEqual(new Set(['8.71']));
		expect(i.rows).toHaveLength(2 * 2 * 4 * 2);
	});

	it('prices both versions at the instant asked', () => {
		const i = impactOf(pair, {
			schedule: 'pair',
			from: '2027-01-01',
			to: '2026-01-01',
			at: '2026-06-01T00:00:00Z',
			amounts: ['100']
		});
		expect(i.at).toBe('2026-06-01T00:00:00Z');
		expect(i.from.version).toBe('2027-01-01');
		expect(i.newlyUnblocked.every((r) => r.request.destination === 'MX')).toBe(true);
		expect(i.newlyBlocked.every((r) => r.request.destination === 'FR')).toBe(true);
	});

	it('gives issues for an unknown schedule, version or instant', () => {
		const codes = (r: ReturnType<typeof priceImpact>) =>
			r.ok ? [] : r.issues.map((x) => [x.path, x.code]);
		expect(
			codes(priceImpact(pair, { schedule: 'nope', from: '2026-01-01', to: '2027-01-01' }))
		).toEqual([[['schedule'], 'unknown_schedule']]);
		expect(
			codes(priceImpact(pair, { schedule: 'pair', from: '2025-01-01', to: '2027-01-01' }))
		).toEqual([[['from'], 'unknown_version']]);
		expect(
			codes(priceImpact(pair, { schedule: 'pair', from: '2026-01-01', to: '2028-01-01' }))
		).toEqual([[['to'], 'unknown_version']]);
		expect(
			codes(
				priceImpact(pair, {
					schedule: 'pair',
					from: '2026-01-01',
					to: '2027-01-01',
					at: 'tomorrow'
				})
			)
		).toEqual([[['at'], 'invalid_instant']]);
	});

	it('does not mutate the rules', () => {
		const before = JSON.stringify([...pair.schedules.values()].flat().map((v) => v.schedule));
		priceImpact(pair, { schedule: 'pair', from: '2026-01-01', to: '2027-01-01', amounts: ['10'] });
		expect(JSON.stringify([...pair.schedules.values()].flat().map((v) => v.schedule))).toBe(before);
	});

	it('runs on the shipped wallet-standard, 2026-12-06 → 2027-01-01', () => {
		const shipped = rulesOf(filesOf(SHIPPED));
		const t = performance.now();
		const i = impactOf(shipped, {
			schedule: 'wallet-standard',
			from: '2026-12-06',
			to: '2027-01-01'
		});
		const ms = performance.now() - t;
		// 3 types × 5 funding × 3 payouts × 61 destinations (BG and HR are new) × 4 amounts.
		expect(i.rows).toHaveLength(3 * 5 * 3 * 61 * 4);
		expect(i.summary.unsupportedBefore).toBe(3 * 5 * 3 * 2 * 4);
		expect(i.summary.newlyBlocked).toBe(0);
		expect(i.rows[0].deltaCost).not.toMatch(/^-/);
		console.log(`priceImpact wallet-standard: ${i.rows.length} rows in ${ms.toFixed(0)} ms`);
	});
});
