import type { QuoteResult } from '../engine';

const hex = (bytes: ArrayBuffer) =>
	Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 hex of a string's UTF-8 bytes. */
async function sha256(text: string): Promise<string> {
	// The browser's own, where the page is a secure context (https, localhost); elsewhere the
	// engine's, which the widget's build leaves out of fee-calculator.js and loads only then.
	const subtle = globalThis.crypto?.subtle;
	if (subtle) return hex(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
	return (await import('./_lib/sha256Hex')).sha256Hex(text);
}

/**
 * The quote with its id, the SHA-256 of the rest as canonical JSON, as `computeQuote` gives it:
 * the same bytes, computed asynchronously (the browser's digest is).
 *
 * @example
 * await withId(computeQuote(input, { sha256: null })) // equal to computeQuote(input)
 */
export async function withId(quote: QuoteResult): Promise<QuoteResult> {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { id, ...body } = quote;
	return { id: await sha256(JSON.stringify(body)), ...body };
}
