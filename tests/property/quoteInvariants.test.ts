import fc from 'fast-check';
import { runs } from '../_lib/runs';
import { describe, expect, it } from 'vitest';
import { FOLDERS, loadFolder } from './_lib/folders';
import { expectQuoteInvariants } from './_lib/invariants';
import { fromMinor, isOnGrid, toMinor } from './_lib/minor';
import { randomScheduleArb, RANDOM_CORRIDORS } from './_lib/randomSchedule';
import { requestArb } from './_lib/requests';
import { AT, buildRules, quoteOf } from './_lib/rules';

const folders = FOLDERS.map(([name, folder]) => [name, loadFolder(folder)] as const);

describe('isOnGrid', () => {
	it('accepts exactly the minor digits of each currency', () => {
		expect(isOnGrid('100', 'JPY')).toBe(true);
		expect(isOnGrid('100.0', 'JPY')).toBe(false);
		expect(isOnGrid('1.50', 'USD')).toBe(true);
		expect(isOnGrid('1.5', 'USD')).toBe(false);
		expect(isOnGrid('1.500', 'KWD')).toBe(true);
		expect(isOnGrid('1.50', 'KWD')).toBe(false);
		expect(isOnGrid('0.0001', 'CLF')).toBe(true);
		expect(isOnGrid('-0.00', 'USD')).toBe(false);
		expect(toMinor(fromMinor(-1234n, 'KWD'), 'KWD')).toBe(-1234n);
	});
});

describe('quote', () => {
	it.each(folders)('keeps totals, grid and signs for any request against %s', (_, rules) => {
		fc.assert(
			fc.property(requestArb(rules), (request) => {
				expectQuoteInvariants(quoteOf(rules, request));
			}),
			{ numRuns: runs(400) }
		);
	});

	it('keeps totals, grid and signs for random schedules in every mode', () => {
		const arb = fc.record({
			schedule: randomScheduleArb,
			corridor: fc.constantFrom(...RANDOM_CORRIDORS),
			mode: fc.constantFrom('send', 'pay', 'receive'),
			units: fc.array(fc.bigInt({ min: 1n, max: 10n ** 9n }), { minLength: 1, maxLength: 8 })
		});
		fc.assert(
			fc.property(arb, ({ schedule, corridor, mode, units }) => {
				const rules = buildRules([schedule]);
				const { currency, targetCurrency } = corridor.request;
				const amountCurrency = mode === 'receive' ? targetCurrency : currency;
				for (const u of units) {
					const amount = fromMinor(u, amountCurrency);
					expectQuoteInvariants(quoteOf(rules, { ...corridor.request, at: AT, mode, amount }));
				}
			}),
			{ numRuns: runs(150) }
		);
	});
});
