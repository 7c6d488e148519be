import type { QuoteResult } from '../engine';
import type { ConfirmState, Confirmation } from './embedMessages';
import { requestConfirmation } from './widgetApi';

/** Where the element and the frame send what happens: as events, or as messages to the parent. */
export interface ConfirmSink {
	quote(quote: QuoteResult): void;
	confirm(confirmation: Confirmation): void;
}

/**
 * The confirmation of the element and of `/embed`: each new quote resets it and is announced
 * once; `confirm` asks the server to sign the request and announces the token.
 */
export class ConfirmFlow {
	confirmation = $state.raw<ConfirmState>({ state: 'idle' });
	#lastId = '';
	#sink: ConfirmSink;

	constructor(sink: ConfirmSink) {
		this.#sink = sink;
	}

	/** Call with every live quote: a new one (by id) resets the confirmation and is announced. */
	seen(quote: QuoteResult | null): void {
		if (!quote || quote.id === this.#lastId) return;
		this.#lastId = quote.id;
		this.confirmation = { state: 'idle' };
		this.#sink.quote(quote);
	}

	/** Prices `request` now on the server at `api` ('' for this origin) and signs it. */
	async confirm(api: string, request: Record<string, string | number>): Promise<void> {
		this.confirmation = { state: 'busy' };
		const answer = await requestConfirmation(api, request);
		if (!answer.ok) {
			this.confirmation = { state: 'failed' };
			return;
		}
		this.confirmation = { state: 'done', expiresAt: answer.value.expiresAt };
		this.#sink.confirm(answer.value);
	}
}
