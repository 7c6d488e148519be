import fc from 'fast-check';
import { runs } from '../_lib/runs';
import { describe, expect, it } from 'vitest';
import { edgeAmounts, expectPayOptimal, jumps, sendTable } from './_lib/bruteForce';
import { FOLDERS, loadFolder } from './_lib/folders';
import { expectQuoteInvariants } from './_lib/invariants';
import { fromMinor, requestMinor, toMinor } from './_lib/minor';
import { randomScheduleArb, RANDOM_CORRIDORS, usageArb, usageFields } from './_lib/randomSchedule';
import { requestArb } from './_lib/requests';
import { buildRules, codesOf, quoteOf } from './_lib/rules';
import { PAY_SCENARIOS } from './_lib/scenarios';

describe('quote', () => {
	it.each(PAY_SCENARIOS)(
		'finds in pay mode the largest principal that fits, as a full scan does ($name)',
		({ folder, request, from, to, smooth }) => {
			const rules = loadFolder(folder);
			const table = sendTable(rules, request, to, from);
			const hi = BigInt(to);
			// Below total(from) the answer may lie under the window, where nothing was scanned.
			const lo = from === 1 ? 1n : table.total[0];
			const edges = edgeAmounts(table.total, lo, hi);
			expect(jumps(table.total).length === 0, 'the scenario has the jumps it claims').toBe(smooth);
			for (const pay of edges) expectPayOptimal(rules, request, table, pay);
			const nearEdge = fc
				.constantFrom(...edges, hi)
				.chain((e) => fc.bigInt({ min: e - 25n, max: e + 25n }))
				.filter((p) => p >= lo && p <= hi);
			const payArb = fc.oneof(
				fc.bigInt({ min: lo, max: hi }),
				fc.bigInt({ min: lo, max: lo + (hi - lo) / 20n }),
				nearEdge
			);
			fc.assert(
				fc.property(payArb, (pay) => expectPayOptimal(rules, request, table, pay)),
				{ numRuns: runs(150) }
			);
		}
	);

	it('finds in pay mode the largest principal that fits for random schedules with jumps', () => {
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
				const hi = BigInt(n);
				const uniform = picks.map((x) => 1n + (x % hi));
				const edges = edgeAmounts(table.total, 1n, hi).slice(0, 40);
				for (const pay of [...edges, ...uniform]) expectPayOptimal(rules, request, table, pay);
			}),
			// Each run scans thousands of principals: report the failing schedule rather than shrink it.
			{ numRuns: runs(30), endOnFailure: true }
		);
	});

	it.each(FOLDERS)(
		'finds in pay mode a principal whose next grid point no longer fits, at any amount, against %s',
		(_, folder) => {
			const rules = loadFolder(folder);
			const pays = requestArb(rules).filter((r) => r.mode === 'pay');
			fc.assert(
				fc.property(pays, (request) => {
					const q = quoteOf(rules, request);
					const send = q.request.currency;
					const pay = requestMinor(String(request.amount), send);
					const sendAt = (s: bigint) =>
						quoteOf(rules, { ...request, mode: 'send', amount: fromMinor(s, send) });
					if (q.principal === null) {
						if (!codesOf(q).includes('no_solution')) return;
						const least = sendAt(1n);
						expect(toMinor(least.total!.amount, send), 'one unit does not fit').toBeGreaterThan(
							pay
						);
						return;
					}
					const s = toMinor(q.principal.amount, send);
					const same = sendAt(s);
					expectQuoteInvariants(same);
					expect(same.total, 'the total is the one send mode gives').toEqual(q.total);
					if (s + 1n <= pay) {
						const next = sendAt(s + 1n);
						expect(toMinor(next.total!.amount, send), 'one unit more exceeds P').toBeGreaterThan(
							pay
						);
					}
				}),
				{ numRuns: runs(150) }
			);
		}
	);
});
