/** A strong entity tag for an opaque value (a quote id, a file hash). */
export function etagOf(value: string): string {
	return `"${value}"`;
}

/**
 * Whether an `If-None-Match` header matches an entity tag: `*`, or any listed tag, weak or
 * strong (RFC 9110 compares weakly for this header).
 */
export function ifNoneMatch(header: string | null, etag: string): boolean {
	if (header === null) return false;
	if (header.trim() === '*') return true;
	return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** 304 with the headers a cache needs to refresh its stored answer. */
export function notModified(headers: Record<string, string>): Response {
	return new Response(null, { status: 304, headers });
}
