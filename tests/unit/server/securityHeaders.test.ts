import { describe, expect, it } from 'vitest';
import { securityHeaders } from '$lib/server/securityHeaders';

const PAGE = "default-src 'self'; script-src 'self' 'nonce-abc'; frame-ancestors 'none'";

describe('securityHeaders', () => {
	it('lets any site frame /embed, and nothing else', () => {
		expect(securityHeaders('/embed', PAGE, true)).toEqual({
			'content-security-policy':
				"default-src 'self'; script-src 'self' 'nonce-abc'; frame-ancestors *",
			'x-frame-options': null
		});
		for (const path of ['/', '/embed/builder', '/review', '/embed/', '/embedded'])
			expect(securityHeaders(path, PAGE, true)).toEqual({
				'content-security-policy': PAGE,
				'x-frame-options': 'DENY'
			});
	});

	it('gives responses without a page policy one that loads nothing', () => {
		expect(securityHeaders('/api/v1/quote', null, false)).toEqual({
			'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
			'x-frame-options': 'DENY'
		});
		expect(securityHeaders('/somewhere', null, true)['content-security-policy']).toBe(
			"frame-ancestors 'none'"
		);
	});

	it('adds frame-ancestors to a page policy that has none', () => {
		expect(securityHeaders('/embed', "default-src 'self'", true)['content-security-policy']).toBe(
			"default-src 'self'; frame-ancestors *"
		);
	});
});
