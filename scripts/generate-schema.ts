// Writes rules/schema/*.schema.json from the zod schemas: `npm run schema`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { snapshotJsonSchema } from '../src/lib/rates';
import { scheduleJsonSchema } from '../src/lib/schedules';

mkdirSync('rules/schema', { recursive: true });
for (const [file, schema] of [
	['rules/schema/fee-schedule.schema.json', scheduleJsonSchema()],
	['rules/schema/rate-snapshot.schema.json', snapshotJsonSchema()]
] as const) {
	writeFileSync(file, `${JSON.stringify(schema, null, '\t')}\n`);
	console.log(`wrote ${file}`);
}
