import type { z } from 'zod';

/** One answer of an operation: a JSON body (by schema) or none. */
export interface ApiResponse {
	description: string;
	body?: z.ZodType;
	/** Header name → what it says. */
	headers?: Record<string, string>;
}

/** One method of a path, described with zod schemas that `openApiDocument` turns into JSON Schema. */
export interface ApiOperation {
	method: 'get' | 'post' | 'patch' | 'delete';
	operationId: string;
	summary: string;
	description?: string;
	/** Each field is a query parameter; optional fields are optional parameters. */
	query?: z.ZodObject;
	/** Each field is a `{name}` segment of the path. */
	params?: z.ZodObject;
	/** A JSON request body. */
	body?: z.ZodType;
	responses: Record<string, ApiResponse>;
}

export interface ApiPath {
	path: string;
	operations: ApiOperation[];
}
