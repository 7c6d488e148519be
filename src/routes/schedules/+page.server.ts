import type { PageServerLoad } from './$types';
import { getRules } from '$lib/server';
import { scheduleSummaries } from '$lib/server/pages/schedulesModel';

export const load: PageServerLoad = ({ locals }) => ({
	schedules: scheduleSummaries(getRules(), locals.locale, Date.now())
});
