import { z } from 'zod';
import type { ApiOperation, ApiPath, ApiResponse } from './ApiPath';
import { API_COMPONENTS } from './apiComponents';
import { API_PATHS } from './apiPaths';

type Json = Record<string, unknown>;

const ref = (id: string) => `#/components/schemas/${id}`;
// As for the schedule file's own JSON Schema: refinements have no JSON Schema form.
const OPTIONS = { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' } as const;

/** A schema as OpenAPI embeds it: without the standalone document's `$schema` and `$id`. */
function embedded(schema: Json): Json {
	const rest = { ...schema };
	delete rest.$schema;
	delete rest.$id;
	return rest;
}

/**
 * The OpenAPI 3.1 description of the API, generated from the zod schemas of `paths` and
 * `components` (by default every endpoint's): nothing in it is written by hand.
 */
export function openApiDocument(
	paths: readonly ApiPath[] = API_PATHS,
	components: Record<string, z.ZodType> = API_COMPONENTS
): Json {
	const registry = z.registry<{ id: string }>();
	const ids = new Map<unknown, string>();
	for (const [id, schema] of Object.entries(components)) {
		registry.add(schema, { id });
		ids.set(schema, id);
	}
	const converted = z.toJSONSchema(registry, { ...OPTIONS, uri: ref }).schemas;
	const schemaOf = (s: z.ZodType): Json => {
		const id = ids.get(s);
		return id ? { $ref: ref(id) } : embedded(z.toJSONSchema(s, OPTIONS));
	};
	const json = (s: z.ZodType) => ({ 'application/json': { schema: schemaOf(s) } });
	const parameters = (op: ApiOperation) =>
		(['path', 'query'] as const).flatMap((where) =>
			Object.entries((where === 'path' ? op.params : op.query)?.shape ?? {}).map(([name, f]) => {
				const field = f as z.ZodType;
				const { description, ...schema } = embedded(z.toJSONSchema(field, OPTIONS));
				const required = where === 'path' || !field.safeParse(undefined).success;
				return { name, in: where, required, description, schema };
			})
		);
	const response = (r: ApiResponse) => ({
		description: r.description,
		...(r.headers && {
			headers: Object.fromEntries(
				Object.entries(r.headers).map(([h, d]) => [
					h,
					{ description: d, schema: { type: 'string' } }
				])
			)
		}),
		...(r.body && { content: json(r.body) })
	});
	const operation = (op: ApiOperation) => ({
		operationId: op.operationId,
		summary: op.summary,
		...(op.description && { description: op.description }),
		...((op.params || op.query) && { parameters: parameters(op) }),
		...(op.body && { requestBody: { required: true, content: json(op.body) } }),
		responses: Object.fromEntries(Object.entries(op.responses).map(([s, r]) => [s, response(r)]))
	});
	return {
		openapi: '3.1.0',
		info: {
			title: 'feecalc',
			version: '1',
			description:
				'Exact fee and international-transfer cost quotes. Errors are `{"issues": [...]}` with stable codes.',
			license: { name: 'MIT', identifier: 'MIT' }
		},
		// Relative to where the description is served: the API's own origin.
		servers: [{ url: '/', description: 'The server that serves this description' }],
		// Prices are public: no operation needs credentials.
		security: [],
		paths: Object.fromEntries(
			paths.map((p) => [
				p.path,
				Object.fromEntries(p.operations.map((op) => [op.method, operation(op)]))
			])
		),
		components: {
			schemas: Object.fromEntries(
				Object.entries(converted).map(([id, s]) => [id, embedded(s as Json)])
			)
		}
	};
}
