import type { QuoteResult } from '../engine';

/** What `/api/v1/quotes/confirm` answers, and what the `confirm` event and message carry. */
export interface Confirmation {
	token: string;
	expiresAt: string;
	quote: QuoteResult;
}

/** The messages `/embed` posts to its parent window. */
export type EmbedMessage =
	| { type: 'feecalc:resize'; height: number }
	| { type: 'feecalc:quote'; quote: QuoteResult }
	| ({ type: 'feecalc:confirm' } & Confirmation);

/**
 * The `parentOrigin` query parameter when it is an http(s) origin exactly (no path, no `*`);
 * otherwise null, and the frame posts no confirmation.
 *
 * @example
 * parentOriginOf('https://shop.example') // 'https://shop.example'
 * parentOriginOf('*') // null
 */
export function parentOriginOf(value: string | null | undefined): string | null {
	if (!value) return null;
	try {
		const url = new URL(value);
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
		return url.origin === value ? value : null;
	} catch {
		return null;
	}
}

/** Where a confirmation stands, as the view shows it. */
export type ConfirmState =
	{ state: 'idle' | 'busy' | 'failed' } | { state: 'done'; expiresAt: string };
