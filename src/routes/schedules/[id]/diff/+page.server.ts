import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { diffPage, pageContext } from '$lib/server/pages';

export const load: PageServerLoad = ({ params, url, locals }) => {
	const q = url.searchParams;
	const page = diffPage(
		params.id,
		{ from: q.get('from'), to: q.get('to'), list: q.get('list'), page: q.get('page') },
		pageContext(locals.locale)
	);
	if (!page) error(404, 'No such schedule or version');
	return page;
};
