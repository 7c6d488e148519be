import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { feecalc, feecalcBinary } from '../../_lib/feecalc';
import { VECTOR_RULES } from '../../_lib/vectors';

// The other command line tests run it in process; these few start the real binary
// (`npm run --silent feecalc`, tsx src/cli/main.ts) and check it says exactly the same.
const QUOTE = [
	'quote',
	'--rules',
	VECTOR_RULES,
	'--schedule',
	'vector-wallet',
	'--type',
	'transfer',
	'--funding',
	'balance',
	'--dest',
	'US',
	'--from',
	'USD',
	'--at',
	'2026-03-20T00:00:00Z'
];

const tmp = mkdtempSync(join(tmpdir(), 'feecalc-binary-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the feecalc binary', () => {
	it('exits 0 with the same quote JSON as run()', () => {
		const args = [...QUOTE, '--send', '100.00', '--json'];
		const spawned = feecalcBinary(args);
		expect(spawned.status).toBe(0);
		expect(JSON.parse(spawned.stdout).principal).toEqual({ amount: '100.00', currency: 'USD' });
		expect(spawned).toEqual(feecalc(args));
	});

	it('exits 2 with the same one stderr line as run() for a malformed amount', () => {
		const args = [...QUOTE, '--send', '1e3'];
		const spawned = feecalcBinary(args);
		expect(spawned.status).toBe(2);
		expect(spawned.stdout).toBe('');
		expect(spawned.stderr).toMatch(/^feecalc: amount: .*\(invalid_amount\)\n$/);
		expect(spawned).toEqual(feecalc(args));
	});

	it('exits 1 with the same issues as run() for an invalid rules folder', () => {
		const rules = join(tmp, 'corrupted');
		cpSync(VECTOR_RULES, rules, { recursive: true });
		const file = join(rules, 'schedules/vector-wallet/2026-01-01.json');
		const schedule = JSON.parse(readFileSync(file, 'utf8'));
		delete schedule.fees[0].min.CNY;
		writeFileSync(file, JSON.stringify(schedule));
		const spawned = feecalcBinary(['check', '--rules', rules]);
		expect(spawned.status).toBe(1);
		expect(spawned.stderr).toContain(`${file}: fees[0].min`);
		expect(spawned).toEqual(feecalc(['check', '--rules', rules]));
	});
});
