import { FeedError } from './FeedError';

/** The ECB's public reference rate files. */
export const ECB_URLS = {
	daily: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
	'90d': 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml',
	all: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.xml'
} as const;

/** The largest body read: the full history is about 6 MB. */
const MAX_BYTES = 64 * 1024 * 1024;

function reason(e: unknown, timeoutMs: number): string {
	const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
	if (err?.name === 'TimeoutError' || err?.name === 'AbortError')
		return `no complete answer within ${timeoutMs / 1000} s (timed out)`;
	const cause = err?.cause;
	if (
		cause?.code === 'ECONNRESET' ||
		err?.message === 'terminated' ||
		cause?.message === 'other side closed'
	)
		return 'the connection was reset before the whole file arrived';
	if (cause?.code === 'ECONNREFUSED') return 'the connection was refused';
	if (cause?.code === 'ENOTFOUND') return 'the host name could not be resolved';
	return cause?.message ?? cause?.code ?? err?.message ?? String(e);
}

/**
 * Downloads `url` as text within `timeoutMs` (connecting and reading the whole body), telling
 * `onBytes` how many bytes have arrived. Throws FeedError with one clear line for a time-out, a reset
 * connection or an HTTP status other than 200.
 */
export async function fetchFeed(
	url: string,
	timeoutMs: number,
	onBytes: (received: number) => void = () => {}
): Promise<string> {
	try {
		const response = await fetch(url, {
			signal: AbortSignal.timeout(timeoutMs),
			headers: { accept: 'application/json, application/xml;q=0.9, text/xml;q=0.9' },
			redirect: 'follow'
		});
		if (response.status !== 200) {
			await response.body?.cancel().catch(() => {});
			throw new FeedError(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
		}
		const chunks: Uint8Array[] = [];
		let received = 0;
		if (response.body)
			for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
				chunks.push(chunk);
				received += chunk.byteLength;
				if (received > MAX_BYTES)
					throw new FeedError(`${url}: more than ${MAX_BYTES} bytes; not a rates feed`);
				onBytes(received);
			}
		return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
	} catch (e) {
		if (e instanceof FeedError) throw e;
		throw new FeedError(`${url}: ${reason(e, timeoutMs)}`);
	}
}
