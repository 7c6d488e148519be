import type { Rules } from '../../schedules';
import type { Locale } from '../../words';
import { getRules } from '..';

/** What every page model is built for: the rules in force, the person's locale, the instant. */
export interface PageContext {
	rules: Rules;
	locale: Locale;
	/** Epoch ms: what the page prices when its query names no `at`. */
	now: number;
}

/** A page built now, from the server's rules, in the request's locale. */
export const pageContext = (locale: Locale): PageContext => ({
	rules: getRules(),
	locale,
	now: Date.now()
});
