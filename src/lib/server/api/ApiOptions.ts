import type { Rules } from '../../schedules';

/** What a handler would otherwise take from the process: tests pass their own. */
export interface ApiOptions {
	/** Default: the rules loaded at start. */
	rules?: Rules;
	/** The current instant, epoch ms; default: `Date.now()`. */
	now?: number;
	/** The most a GET quote may be cached, seconds; default: `reloadMaxAge()`. */
	maxAge?: number;
	/** The signing key of confirmation tokens; default: `signingKey()`. */
	key?: Uint8Array;
}
