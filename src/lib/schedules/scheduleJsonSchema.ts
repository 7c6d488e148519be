import { z } from 'zod';
import { scheduleSchema } from './scheduleSchema';

/** The JSON Schema of schedule files, generated from the zod schema (never edited by hand). */
export function scheduleJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(scheduleSchema, {
		target: 'draft-2020-12',
		unrepresentable: 'any',
		io: 'input'
	});
}
