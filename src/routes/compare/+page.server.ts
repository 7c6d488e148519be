import type { PageServerLoad } from './$types';
import { getRules } from '$lib/server';
import { compareModel } from '$lib/server/pages';

export const load: PageServerLoad = ({ url, locals }) =>
	compareModel(getRules(), url.searchParams, locals.locale, Date.now());
