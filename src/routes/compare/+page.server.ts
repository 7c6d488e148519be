import type { PageServerLoad } from './$types';
import { compareModel, pageContext } from '$lib/server/pages';

export const load: PageServerLoad = ({ url, locals }) =>
	compareModel(url.searchParams, pageContext(locals.locale));
