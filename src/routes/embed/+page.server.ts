import type { PageServerLoad } from './$types';
import { getRules } from '$lib/server';
import { embedModel } from '$lib/server/pages';

export const load: PageServerLoad = ({ url, locals }) =>
	embedModel(getRules(), url.searchParams, locals.locale, Date.now());
