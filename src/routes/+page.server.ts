import type { PageServerLoad } from './$types';
import { getRules } from '$lib/server';
import { calculatorModel } from '$lib/server/pages';

export const load: PageServerLoad = ({ url, locals }) =>
	calculatorModel(getRules(), url.searchParams, locals.locale, Date.now());
