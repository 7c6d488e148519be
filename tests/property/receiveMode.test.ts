import fc from 'fast-check';
import { runs } from '../_lib/runs';
import { describe, expect, it } from 'vitest';
import {
	bestReceive,
	edgeAmounts,
	expectReceiveOptimal,
	jumps,
	mostReceived,
	sendTable
} from './_lib/bruteForce';
import { FOLDERS, loadFolder } from './_lib/folders';
import { expectQuoteInvariants } from './_lib/invariants';
import { fromMinor, requestMinor, toMinor } from './_lib/minor';
import { randomScheduleArb, RANDOM_CORRIDORS, usageArb, usageFields } from './_lib/randomSchedule';
import { requestArb } from './_lib/requests';
import { buildRules, quoteOf } from './_lib/rules';
import { RECEIVE_SCENARIOS } from './_lib/scenarios';

describe('quote', () => {
	it.each(RECEIVE_SCENARIOS)(
		'finds in receive mode the smallest principal that delivers R, as a full scan does ($name)',
		({ folder, request, from, to, smooth }) => {
			const rules = loadFolder(folder);
			const table = sendTable(rules, request, to, from);
			const most = mostReceived(table);
			const edges = edgeAmounts(table.received, 1n, most + 1n);
			expect(jumps(table.received).length === 0, 'the scenario has the jumps it claims').toBe(
				smooth
			);
			for (const receive of edges) expectReceiveOptimal(rules, request, table, receive);
			const nearEdge = fc
				.constantFrom(...edges, most)
				.chain((e) => fc.bigInt({ min: e - 40n, max: e + 40n }))
				.filter((r) => r >= 1n);
			const receiveArb = fc.oneof(
				fc.bigInt({ min: 1n, max: most + 1n }),
				fc.bigInt({ min: 1n, max: most / 20n + 1n }),
				nearEdge
			);
			fc.assert(
				fc.property(receiveArb, (receive) => expectReceiveOptimal(rules, request, table, receive)),
				{ numRuns: runs(150) }
			);
		}
	);

	it('says no_solution in receive mode when no principal delivers anything', () => {
		const { folder, request } = RECEIVE_SCENARIOS.find((s) => s.request.payout === 'void')!;
		const rules = loadFolder(folder);
		const table = sendTable(rules, request, 500);
		expect(bestReceive(table, 1n)).toBeNull();
		fc.assert(
			fc.property(fc.bigInt({ min: 1n, max: 10n ** 14n }), (receive) =>
				expectReceiveOptimal(rules, request, table, receive)
			),
			{ numRuns: runs(50) }
		);
	});

	it('finds in receive mode the smallest principal that delivers R for random schedules with jumps', () => {
		const arb = fc.record({
			schedule: randomScheduleArb,
			corridor: fc.constantFrom(...RANDOM_CORRIDORS),
			usage: usageArb,
			picks: fc.array(fc.bigInt({ min: 0n, max: 1n << 60n }), { minLength: 10, maxLength: 10 })
		});
		fc.assert(
			fc.property(arb, ({ schedule, corridor, usage, picks }) => {
				const rules = buildRules([schedule]);
				const { n } = corridor;
				const request = {
					...corridor.request,
					...usageFields(corridor.request.currency, usage)
				};
				const table = sendTable(rules, request, n);
				const most = mostReceived(table);
				const uniform = picks.map((x) => 1n + (x % (most + 1n)));
				const edges = edgeAmounts(table.received, 1n, most + 1n).slice(0, 40);
				for (const receive of [...edges, ...uniform])
					expectReceiveOptimal(rules, request, table, receive);
			}),
			// Each run scans thousands of principals: report the failing schedule rather than shrink it.
			{ numRuns: runs(30), endOnFailure: true }
		);
	});

	it.each(FOLDERS)(
		'finds in receive mode a principal one grid point below which falls short, at any amount, against %s',
		(_, folder) => {
			const rules = loadFolder(folder);
			const receives = requestArb(rules).filter((r) => r.mode === 'receive');
			fc.assert(
				fc.property(receives, (request) => {
					const q = quoteOf(rules, request);
					if (q.principal === null) return;
					const send = q.request.currency;
					const target = q.request.targetCurrency!;
					const receive = requestMinor(String(request.amount), target);
					const s = toMinor(q.principal.amount, send);
					const sendAt = (p: bigint) =>
						quoteOf(rules, { ...request, mode: 'send', amount: fromMinor(p, send) });
					const same = sendAt(s);
					expectQuoteInvariants(same);
					expect(same.received, 'what arrives is what send mode gives').toEqual(q.received);
					if (s > 1n) {
						const below = sendAt(s - 1n);
						expect(
							toMinor(below.received!.amount, target),
							'one unit less falls short'
						).toBeLessThan(receive);
					}
				}),
				{ numRuns: runs(150) }
			);
		}
	);
});
