import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { versionPage, pageContext } from '$lib/server/pages';

export const load: PageServerLoad = ({ params, locals }) => {
	const page = versionPage(params.id, params.version, pageContext(locals.locale));
	if (!page) error(404, 'No such schedule version');
	return page;
};
