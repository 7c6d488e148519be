import { z } from 'zod';
import { snapshotSchema } from './snapshotSchema';

/** The JSON Schema of rate snapshot files, generated from the zod schema (never edited by hand). */
export function snapshotJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(snapshotSchema, {
			target: 'draft-2020-12',
			unrepresentable: 'any',
			io: 'input'
		}),
		title: 'feecalc rate snapshot (rules/rates/<source>/<name>.json)'
	};
}
