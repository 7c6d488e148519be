import { describe, expect, it } from 'vitest';
import { readJsonBody } from '$lib/server';

/** A streamed (undeclared-length) JSON request whose body comes in `chunks`, then ends or fails. */
function streamed(chunks: string[], fail = false) {
	const seen = { pulled: 0, cancelled: false };
	const queue = [...chunks];
	const body = new ReadableStream<Uint8Array>({
		pull(c) {
			const next = queue.shift();
			if (next !== undefined) {
				seen.pulled++;
				c.enqueue(new TextEncoder().encode(next));
			} else if (fail) c.error(new Error('the client went away'));
			else c.close();
		},
		cancel() {
			seen.cancelled = true;
		}
	});
	const request = new Request('http://127.0.0.1/api/v1/quote', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body,
		duplex: 'half'
	} as RequestInit);
	return { request, seen };
}

describe('readJsonBody', () => {
	it('reads a streamed body', async () => {
		const { request } = streamed(['{"a":', '"b"}']);
		expect(await readJsonBody(request)).toEqual({ ok: true, value: { a: 'b' } });
	});

	it('answers 413 past the limit, reading the rest instead of cancelling', async () => {
		// adapter-node destroys the socket on cancel, and the 413 would never arrive.
		const { request, seen } = streamed(['{"a":"', 'x'.repeat(10_000), 'x'.repeat(10_000), '"}']);
		const out = await readJsonBody(request);
		expect(out.ok).toBe(false);
		if (!out.ok) expect(out.response.status).toBe(413);
		expect(seen).toEqual({ pulled: 4, cancelled: false });
	});

	it('answers 413 when the body fails after the limit (the adapter’s own limit)', async () => {
		const { request } = streamed(['x'.repeat(20_000)], true);
		const out = await readJsonBody(request);
		if (!out.ok) expect(out.response.status).toBe(413);
		else throw new Error('expected 413');
	});

	it('answers 400 instead of throwing when the body fails before the limit', async () => {
		const { request } = streamed(['{"a":'], true);
		const out = await readJsonBody(request);
		if (out.ok) throw new Error('expected an issue');
		expect(out.response.status).toBe(400);
		expect((await out.response.json()).issues[0].code).toBe('unreadable_body');
	});
});
