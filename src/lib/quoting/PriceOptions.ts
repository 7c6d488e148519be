import type { QuoteOptions } from '../engine';
import { noticeMessage } from '../words';

/**
 * How a request is priced: at `now` (epoch ms) when it names no `at`, with the engine's options;
 * the words of the engine's notices are the project's own unless the caller gives others.
 */
export interface PriceOptions extends Partial<QuoteOptions> {
	now: number;
}

/** The engine's options of a price, its notices worded by `noticeMessage` unless given words. */
export function engineOptions(options: Partial<QuoteOptions>): QuoteOptions {
	return options.words ? (options as QuoteOptions) : { ...options, words: noticeMessage };
}
