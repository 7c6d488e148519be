import type { PageServerLoad } from './$types';
import { embedModel, pageContext } from '$lib/server/pages';

export const load: PageServerLoad = ({ url, locals }) =>
	embedModel(url.searchParams, pageContext(locals.locale));
