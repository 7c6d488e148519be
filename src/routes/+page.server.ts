import type { PageServerLoad } from './$types';
import { calculatorModel, pageContext } from '$lib/server/pages';

export const load: PageServerLoad = ({ url, locals }) =>
	calculatorModel(url.searchParams, pageContext(locals.locale));
