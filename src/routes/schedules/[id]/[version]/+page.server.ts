import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRules } from '$lib/server';
import { versionPage } from '$lib/server/pages';

export const load: PageServerLoad = ({ params, locals }) => {
	const page = versionPage(getRules(), params.id, params.version, locals.locale, Date.now());
	if (!page) error(404, 'No such schedule version');
	return page;
};
