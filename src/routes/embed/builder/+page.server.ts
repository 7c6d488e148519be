import type { PageServerLoad } from './$types';
import { builderModel, pageContext } from '$lib/server/pages';

export const load: PageServerLoad = ({ url, locals }) =>
	builderModel(url, pageContext(locals.locale));
