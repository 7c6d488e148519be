import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { snapshotJsonSchema } from '../../../src/lib/rates';
import { scheduleJsonSchema } from '../../../src/lib/schedules';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../_lib/projectRoot';

const RULES = join(PROJECT_ROOT, 'rules');

describe('scheduleJsonSchema', () => {
	it('matches the committed rules/schema/fee-schedule.schema.json (run `npm run schema` when it does not)', () => {
		const committed = readFileSync(join(RULES, 'schema/fee-schedule.schema.json'), 'utf8');
		expect(committed).toBe(`${JSON.stringify(scheduleJsonSchema(), null, '\t')}\n`);
	});

	it('is pointed at by every shipped schedule file', () => {
		for (const f of [
			'wallet-standard/2026-01-01',
			'wallet-standard/2027-01-01',
			'bank-wire/2026-01-01',
			'paypal-us-personal/2026-01-01',
			'moncash-ht/2026-01-01',
			'revolut-exchange/2026-01-01'
		]) {
			const json = JSON.parse(readFileSync(join(RULES, `schedules/${f}.json`), 'utf8'));
			expect(json.$schema).toBe('../../schema/fee-schedule.schema.json');
		}
	});
});

describe('snapshotJsonSchema', () => {
	it('matches the committed rules/schema/rate-snapshot.schema.json (run `npm run schema` when it does not)', () => {
		const committed = readFileSync(join(RULES, 'schema/rate-snapshot.schema.json'), 'utf8');
		expect(committed).toBe(`${JSON.stringify(snapshotJsonSchema(), null, '\t')}\n`);
	});
});
