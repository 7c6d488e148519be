import type { PageServerLoad } from './$types';
import { getRules } from '$lib/server';
import { builderModel } from '$lib/server/pages';

export const load: PageServerLoad = ({ url, locals }) =>
	builderModel(getRules(), url, locals.locale, Date.now());
