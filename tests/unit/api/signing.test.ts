import { afterEach, describe, expect, it, vi } from 'vitest';

// signing.ts keeps its key for the life of the process: load a fresh copy for each case.
async function freshSigning(secret: string | undefined) {
	vi.resetModules();
	if (secret === undefined) vi.stubEnv('FEECALC_SECRET', '');
	else vi.stubEnv('FEECALC_SECRET', secret);
	return import('../../../src/lib/server/signing');
}

afterEach(() => {
	vi.unstubAllEnvs();
	vi.restoreAllMocks();
});

describe('signingKey', () => {
	it('uses FEECALC_SECRET, so every instance with it verifies the same tokens', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const secret = 'x'.repeat(40);
		const a = await freshSigning(secret);
		const token = a.signToken({ n: 1 });
		const b = await freshSigning(secret);
		expect(b.openToken(token)).toEqual({ ok: true, payload: { n: 1 } });
		expect(warn).not.toHaveBeenCalled();
	});

	it('without it, uses a random key per process and warns once', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const a = await freshSigning(undefined);
		const token = a.signToken({ n: 1 });
		a.signToken({ n: 2 });
		expect(a.openToken(token)).toEqual({ ok: true, payload: { n: 1 } });
		expect(warn).toHaveBeenCalledTimes(1);
		expect(String(warn.mock.calls[0][0])).toContain('FEECALC_SECRET');
		const b = await freshSigning(undefined);
		expect(b.openToken(token)).toEqual({ ok: false });
	});

	it('warns about a short secret', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const s = await freshSigning('short');
		s.signingKey();
		s.signingKey();
		expect(warn).toHaveBeenCalledTimes(1);
	});
});
