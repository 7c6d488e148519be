/** The only page other sites may put in a frame: the embeddable calculator. */
export const FRAMEABLE_PATHS: readonly string[] = ['/embed'];

const ANCESTORS = /frame-ancestors[^;]*/;

/**
 * The framing and content security headers of a response to `pathname`. `csp` is the policy
 * SvelteKit wrote for a page (svelte.config.js), or null for anything else (the API, redirects);
 * its `frame-ancestors` is kept for every page but `/embed`, which any site may frame.
 *
 * @example
 * securityHeaders('/embed', "default-src 'self'; frame-ancestors 'none'", true)
 * // { 'content-security-policy': "default-src 'self'; frame-ancestors *", 'x-frame-options': null }
 */
export function securityHeaders(
	pathname: string,
	csp: string | null,
	html: boolean
): Record<string, string | null> {
	const frameable = FRAMEABLE_PATHS.includes(pathname);
	const ancestors = `frame-ancestors ${frameable ? '*' : "'none'"}`;
	const policy =
		csp === null
			? // Not a page SvelteKit rendered: nothing may load from it, unless it is a page after all.
				html
				? ancestors
				: `default-src 'none'; ${ancestors}`
			: ANCESTORS.test(csp)
				? csp.replace(ANCESTORS, ancestors)
				: `${csp}; ${ancestors}`;
	return {
		'content-security-policy': policy,
		'x-frame-options': frameable ? null : 'DENY'
	};
}
