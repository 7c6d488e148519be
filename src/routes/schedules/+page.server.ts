import type { PageServerLoad } from './$types';
import { getRules } from '$lib/server';
import { scheduleSummaries, warmDiffCache } from '$lib/server/pages';

export const load: PageServerLoad = ({ locals }) => {
	const rules = getRules();
	// The diff pages linked from here price a grid under two versions (~1 s once per loaded
	// rules): start that now, after this answer, so the link opens without waiting.
	setTimeout(() => warmDiffCache(rules, Date.now()), 0);
	return { schedules: scheduleSummaries(rules, locals.locale, Date.now()) };
};
