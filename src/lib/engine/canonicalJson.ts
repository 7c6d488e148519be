import { jsonString as str } from './_lib/jsonString';

/**
 * JSON with object keys sorted at every depth and no whitespace (undefined members left out,
 * as JSON.stringify does).
 *
 * @example
 * canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }) // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
	if (typeof value === 'string') return str(value);
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	if (Array.isArray(value)) {
		let out = '[';
		for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i] ?? null);
		return `${out}]`;
	}
	const o = value as Record<string, unknown>;
	const keys = Object.keys(o).sort();
	let out = '{';
	for (const k of keys) {
		if (o[k] === undefined) continue;
		out += `${out.length > 1 ? ',' : ''}${str(k)}:${canonicalJson(o[k])}`;
	}
	return `${out}}`;
}
