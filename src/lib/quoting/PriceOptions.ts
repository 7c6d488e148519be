import type { QuoteOptions } from '../engine';

/** How a request is priced: at `now` (epoch ms) when it names no `at`, with the engine's options. */
export interface PriceOptions extends QuoteOptions {
	now: number;
}
