// Writes rules/schema/fee-schedule.schema.json from the zod schema: `npm run schema`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { scheduleJsonSchema } from '../src/lib/schedules';

mkdirSync('rules/schema', { recursive: true });
writeFileSync(
	'rules/schema/fee-schedule.schema.json',
	`${JSON.stringify(scheduleJsonSchema(), null, '\t')}\n`
);
console.log('wrote rules/schema/fee-schedule.schema.json');
